/** AuthorizationInfo: locally every scope the manifest declares is granted, so nothing needs authorizing. */
import type { Assert, Conforms } from '../conformance';
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

// Compile-time: AuthorizationInfo keeps to Apps Script's AuthorizationInfo (see ../conformance.ts).
// getAuthorizedScopes is Apps Script's (its reference lists it) but @types/google-apps-script 2.0.13 lacks it.
type _AuthorizationInfoConforms = Assert<Conforms<AuthorizationInfo, GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizedScopes'>>;
