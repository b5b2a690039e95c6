/** Service (ScriptApp.getService()): the preview's web app URL, '' when there is none. */

export class Service {
  readonly gasType = 'Service';

  constructor(private readonly url: string) {}

  getUrl(): string {
    return this.url;
  }

  isEnabled(): boolean {
    return this.url !== '';
  }
}
