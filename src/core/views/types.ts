/**
 * The JSON the pages receive. Everything is plain data (no Date: google.script.run
 * cannot carry one), already in the caller's language and formatted for people,
 * so the browser only lays it out. The client imports these as types only.
 */
import type { Lang, Phase, Severity } from '../model';
import type { CardBody } from './guest-card';

export type CallerRole = 'organiser' | 'lo' | 'none';

/** Why a page shows nothing. */
export type DeniedReason = 'no_identity' | 'none' | 'organisers_only' | 'no_spreadsheet';

/** The strings the browser needs for what it draws by itself (buttons, states, errors). */
export type ClientLabels = Record<string, string>;

export interface DeniedView {
  ok: false;
  lang: Lang;
  reason: DeniedReason;
  message: string;
  labels: ClientLabels;
}

/** One labelled line of a card. */
export interface FieldView {
  label: string;
  text: string;
  /** tel: or mailto: link. */
  href?: string;
  /** The value is absent although the LO needs it. */
  missing?: boolean;
  /** Anchor id of the finding that explains it, within the same card. */
  findingId?: string;
  /** Where the finding is ("Guests, row 5"), shown beside a missing value. */
  findingWhere?: string;
  /** Health or diet data: shown, but marked so nobody copies it on. */
  sensitive?: boolean;
  tone?: 'warn' | 'bad';
}

export interface SectionView {
  key: string;
  title: string;
  fields: FieldView[];
  /** Shown when fields is empty. */
  empty?: string;
}

export interface FindingView {
  /** Anchor id, unique in the page. */
  id: string;
  severity: Severity;
  code: string;
  where: string;
  message: string;
}

export type ItemState = 'done' | 'overdue' | 'next' | 'open';

export interface ChecklistItemView {
  guest_id: string;
  phase: Phase;
  item_id: string;
  text: string;
  state: ItemState;
  done: boolean;
  /** Ticked by LO Desk because the data proves it. */
  auto: boolean;
  /** Shown under the item: "Done by …", "Done by itself: …". */
  status?: string;
  /** "Due Sun 6 Dec 2569 15:15 (Bangkok, UTC+7)". */
  due?: string;
  dueIso?: string;
  note?: string;
  custom?: boolean;
}

export interface PhaseView {
  phase: Phase;
  title: string;
  current: boolean;
  done: number;
  total: number;
  overdue: number;
  progress: string;
  items: ChecklistItemView[];
}

export interface GuestCardView {
  guest_id: string;
  /** Full name as written: honorific, given, family. */
  name: string;
  /** How the LO addresses the guest. */
  address: string;
  subtitle: string;
  role: 'primary' | 'backup' | 'organiser';
  roleLabel: string;
  los: string;
  sections: SectionView[];
  findings: FindingView[];
  missingCount: number;
  /** What to do now: every overdue item (whatever its phase, oldest first), then the next one due. */
  focus: ChecklistItemView[];
  /** Current phase first. */
  checklist: PhaseView[];
  /** Lets the page's ticks of this guest be saved in one write (src/core/checklist/tick-pass.ts); absent: they take the full path. */
  tickPass?: string;
}

export interface RemindersView {
  on: boolean;
  text: string;
}

/**
 * The guests of a caller with many (an organiser), to pick one from: parallel
 * columns, one entry per guest at the same position in each; LO names and
 * phase titles once, referred to by position (-1: none).
 */
export interface GuestListView {
  /** Phase titles in PHASES order. */
  phases: string[];
  los: string[];
  ids: string[];
  names: string[];
  /** The guest's primary LO, a position in `los`. */
  lo: number[];
  /** The guest's current phase, a position in `phases`. */
  phase: number[];
  /** Items done and in all, of the current phase. */
  done: number[];
  total: number[];
  /** Overdue items, every phase. */
  overdue: number[];
  /** The four columns above are empty: the page fetches them (getGuestListProgress). */
  later?: true;
}

/** The progress columns of a guest list, by guest id (for a list that came without them). */
export interface ListProgress {
  ids: string[];
  phase: number[];
  done: number[];
  total: number[];
  overdue: number[];
}

export type ListProgressResult = ({ ok: true } & ListProgress) | { ok: false; message: string };

export interface LoView {
  ok: true;
  lang: Lang;
  labels: ClientLabels;
  eventName: string;
  heading: string;
  asOf: string;
  nowIso: string;
  caller: { email: string; role: Exclude<CallerRole, 'none'>; name?: string };
  /** Full cards, when the caller has few guests; empty when `list` is given. */
  guests: GuestCardView[];
  /** The caller's guests to pick from, when they are too many for full cards (guest-list.ts). */
  list?: GuestListView;
  contacts: SectionView;
  /** Absent when the reminders part has never written its state. */
  reminders?: RemindersView;
}

export type LoViewResult = LoView | DeniedView;

/** One guest's card, fetched when it is picked from the list. */
export type GuestCardResult = { ok: true; card: GuestCardView } | { ok: false; message: string };

export interface TickResult {
  ok: boolean;
  /** Why nothing was saved (in the caller's language), when ok is false. */
  message?: string;
  /** The item as it now stands, when ok. */
  item?: ChecklistItemView;
  /** The guest's whole checklist as it now stands (a tick can change what is next), when ok. */
  checklist?: PhaseView[];
  focus?: ChecklistItemView[];
  /** Saved with the card's pass, in one write: nothing was recomputed (the page fetches the card again to see what the tick changed). */
  quick?: true;
  /** With quick, for a tick (not an untick): "done by … at …" as the item shows it. */
  status?: string;
  /** A fresh pass for the guest's card, when the full path could make one. */
  tickPass?: string;
}

export interface Option {
  value: string;
  label: string;
}

export interface DashboardFilters {
  lo: string;
  delegation: string;
  phase: Phase | '';
  unassigned: boolean;
}

/**
 * The dashboard's guests, one entry per guest in every array (column-wise, so
 * 1,000 guests stay well under 150 KB on the wire). Names and delegations are
 * sheet data: the page writes them with textContent only.
 */
export interface DashboardSummary {
  ids: string[];
  names: string[];
  /** Index into DashboardView.delegations; -1 when none. */
  delegation: number[];
  /** Indices into DashboardView.los: primary LOs, then backup LOs. */
  los: number[][];
  backups: number[][];
  /** Index into DashboardView.phases of the guest's current phase. */
  current: number[];
  /** Per guest, per phase (DashboardView.phases' order): done, total, overdue — flattened. */
  cells: number[][];
  errors: number[];
  warnings: number[];
}

/** One hour at one airport with a flight in it (hours are event-zone wall hours, 0–23). */
export interface TimelineHour {
  hour: number;
  arrivals: number;
  departures: number;
  /** Indices into DashboardView.los of the LOs covering this hour's guests that day. */
  los: number[];
  /** Guests of this hour with no LO covering that day (a gap). */
  uncovered?: number;
  /** More guests than covering LOs: an LO would have to be in two places. */
  crowded?: boolean;
}

export interface TimelineAirport {
  code: string;
  hours: TimelineHour[];
}

export interface TimelineDayGrid {
  date: string;
  title: string;
  today: boolean;
  airports: TimelineAirport[];
}

export interface DashboardView {
  ok: true;
  lang: Lang;
  labels: ClientLabels;
  eventName: string;
  asOf: string;
  nowIso: string;
  filters: DashboardFilters;
  phases: Option[];
  /** LO ids and names ("Name (LO01)"); guests and hours point here by index. */
  los: Option[];
  delegations: string[];
  guests: DashboardSummary;
  timeline: TimelineDayGrid[];
  reminders: RemindersView;
}

/** One guest's card, fetched when the organiser opens its row. */
export type DashboardCardResult = { ok: true; guest_id: string; card: CardBody } | DeniedView | { ok: false; lang: Lang; message: string };

export type DashboardViewResult = DashboardView | DeniedView;
