/** AuthorizationInfo: locally every scope the manifest declares is granted, so nothing needs authorizing. */
import { AuthorizationStatus } from './enums';

export class AuthorizationInfo {
  readonly gasType = 'AuthorizationInfo';

  getAuthorizationStatus(): string {
    return AuthorizationStatus.NOT_REQUIRED;
  }

  getAuthorizationUrl(): string | null {
    return null;
  }

  getAuthorizedScopes(): string[] {
    return [];
  }
}
