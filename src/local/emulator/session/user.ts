/** User: an email address, '' when Apps Script would not tell who it is. */
import type { Assert, Conforms } from '../conformance';

export class User {
  readonly gasType = 'User';

  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

// Compile-time: User keeps to Apps Script's User (see ../conformance.ts).
type _UserConforms = Assert<Conforms<User, GoogleAppsScript.Base.User>>;
