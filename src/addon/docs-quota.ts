/**
 * The day's new Google Docs: Google lets a user create 250 a day on a
 * consumer account (1,500 on Workspace; PLATFORM.md "Limits"), counted from
 * the first one for 24 hours, and Apps Script cannot ask how many are left.
 * So LO Desk counts the ones it made, in the user's own properties (the
 * quota is the user's, whichever spreadsheet they work in), plans each run
 * within what is left of the account's figure (250 for a gmail.com address,
 * else 1,500), and when Google refuses sooner (documents made by other
 * scripts count too, and a consumer account may have another address)
 * stops creating until the window ends. Rewriting a document already made
 * creates nothing and is not limited.
 */

/** Google's figures: consumer accounts, Workspace accounts. */
const CONSUMER_DAILY = 250;
const WORKSPACE_DAILY = 1500;
/** Addresses that are consumer accounts for certain. */
const CONSUMER_DOMAINS = /@(gmail|googlemail)\.com$/i;

/** The day's figure for the account of `email`. */
export function dailyNewDocuments(email: string): number {
  return CONSUMER_DOMAINS.test(email.trim()) ? CONSUMER_DAILY : WORKSPACE_DAILY;
}
const WINDOW_MS = 24 * 60 * 60 * 1000;
const PROPERTY = 'lodesk.docs.created';

interface Window {
  since: number;
  used: number;
}

export class DocQuota_ {
  private readonly props = PropertiesService.getUserProperties();
  private window: Window;
  private dirty = false;

  constructor(
    private readonly now: number,
    private readonly daily: number,
  ) {
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
    return Math.max(0, this.daily - this.window.used);
  }

  spend(): void {
    if (this.window.used === 0) this.window.since = this.now;
    this.window.used++;
    this.dirty = true;
  }

  /** Google refused a new document for the day: nothing more is created until the window ends. */
  exhausted(): void {
    this.window.used = this.daily;
    this.dirty = true;
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
