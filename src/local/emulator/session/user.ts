/** User: an email address, '' when Apps Script would not tell who it is. */

export class User {
  readonly gasType = 'User';

  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}
