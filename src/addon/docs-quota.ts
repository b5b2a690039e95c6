/**
 * The day's new Google Docs: Google lets a user create 250 a day on a
 * consumer account (1,500 on Workspace; PLATFORM.md "Limits"), counted from
 * the first one for 24 hours, and Apps Script cannot ask how many are left.
 * So LO Desk counts the ones it made, in the user's own properties (the
 * quota is the user's, whichever spreadsheet they work in), plans each run
 * within what is left of the stricter figure, and when Google refuses sooner
 * (documents made by other scripts count too) stops creating until the
 * window ends. Rewriting a document already made creates nothing and is not
 * limited.
 */

/** The stricter of Google's two figures (consumer accounts). */
export const DAILY_NEW_DOCUMENTS = 250;
const WINDOW_MS = 24 * 60 * 60 * 1000;
const PROPERTY = 'lodesk.docs.created';
/** Google's message when the day's documents are used up. */
const EXCEEDED = /too many times for one day/i;

interface Window {
  since: number;
  used: number;
}

export class DocQuota_ {
  private readonly props = PropertiesService.getUserProperties();
  private window: Window;
  private dirty = false;

  constructor(private readonly now: number) {
    let w: Window | null = null;
    try {
      w = JSON.parse(this.props.getProperty(PROPERTY) ?? 'null') as Window | null;
    } catch {
      w = null;
    }
    const live = w && typeof w.since === 'number' && typeof w.used === 'number' && now - w.since < WINDOW_MS && now >= w.since;
    this.window = live && w ? w : { since: now, used: 0 };
  }

  /** New documents this user may still create today. */
  get left(): number {
    return Math.max(0, DAILY_NEW_DOCUMENTS - this.window.used);
  }

  spend(): void {
    if (this.window.used === 0) this.window.since = this.now;
    this.window.used++;
    this.dirty = true;
  }

  /** Whether `err` is Google's refusal for the day; if so, nothing more is created until the window ends. */
  refused(err: unknown): boolean {
    if (!EXCEEDED.test(err instanceof Error ? err.message : String(err))) return false;
    this.window.used = DAILY_NEW_DOCUMENTS;
    this.dirty = true;
    return true;
  }

  /** When the day's quota is whole again (ms since the epoch). */
  get resetsAt(): number {
    return this.window.since + WINDOW_MS;
  }

  save(): void {
    if (this.dirty) this.props.setProperty(PROPERTY, JSON.stringify(this.window));
    this.dirty = false;
  }
}
