/**
 * The bench rows of the LO pages: opening the sidebar (as an organiser and as
 * an LO), the phone page, one tick and one card fetched from the organiser's
 * list, each with its executions, Apps Script calls, predicted Google time
 * and the bytes sent to the page, beside the targets of issue 14.
 */
import { EMBEDDED_VIEW_ID } from '../../core/views/embed';
import { callEntry } from '../emulator/entry-call';
import type { CallResult, Emulator } from '../emulator/runner';

export interface PageBenchRow {
  operation: string;
  guests: number;
  apps_script_calls: number;
  ms: number;
  google_s: number;
  /** The modelled part (start-ups and calls), the same on every machine. */
  charged_s?: number;
  note: string;
}

/** The element the served page carries its view in (src/core/views/embed.ts). */
const EMBEDDED = `id="${EMBEDDED_VIEW_ID}"`;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

interface Measured {
  /** The page as served (its embedded view), when it was. */
  html?: string;
  executions: number;
  calls: number;
  chargedMs: number;
  googleMs: number;
  bytes: number;
}

/**
 * Opens a page as its user would: the opening execution, then (when the page
 * did not arrive with its view) the page's own getLoView call.
 */
async function openPage(emu: Emulator, kind: 'sidebar' | 'mobile', user: string): Promise<Measured> {
  emu.stats.reset();
  const r: CallResult =
    kind === 'sidebar'
      ? await emu.call('openSidebar', [], { user, execution: 'menu' }, 'host')
      : await emu.call('doGet', [{ parameter: {} }], { user, execution: 'webapp' }, 'host');
  if (!r.ok) throw new Error(`${kind} failed: ${r.error}`);
  const html =
    kind === 'sidebar' ? (r.ui.sidebars.at(-1)?.html ?? '') : ((r.value as { getContent(): string }).getContent() ?? '');
  let sent = bytes(html);
  if (!html.includes(EMBEDDED)) {
    const v = await callEntry(emu, 'getLoView', [null], { user, ...(kind === 'mobile' ? { execution: 'webapp' } : {}) });
    if (!v.ok) throw new Error(`getLoView failed: ${v.error}`);
    sent = Math.max(sent, bytes(JSON.stringify(v.value)));
  }
  return { html, executions: emu.stats.executions, calls: emu.stats.total, chargedMs: emu.stats.chargedMs, googleMs: emu.stats.googleMs, bytes: sent };
}

/** The tick pass of one guest's card in a served page's embedded view. */
function passIn(html: string | undefined, guestId: string): string | undefined {
  const m = new RegExp(`<script type="application/json" id="${EMBEDDED_VIEW_ID}">([^]*?)</script>`).exec(html ?? '');
  if (!m) return undefined;
  const view = JSON.parse(m[1]) as { guests?: { guest_id: string; tickPass?: string }[] };
  return view.guests?.find((g) => g.guest_id === guestId)?.tickPass;
}

function row(operation: string, n: number, m: Measured, target: string, extra = ''): PageBenchRow {
  const kb = (m.bytes / 1024).toFixed(0);
  return {
    operation,
    guests: n,
    apps_script_calls: m.calls,
    ms: NaN,
    google_s: m.googleMs / 1000, charged_s: m.chargedMs / 1000,
    note: `${m.executions} execution(s); ${kb} KB to the page (largest call); ${target}${extra ? `; ${extra}` : ''}`,
  };
}

/** The page rows for one event; `lo` is an LO of it with a few guests, `guest` one of theirs. */
export async function pageBench(
  emu: Emulator, n: number, people: { organiser: string; lo: string; guest: string },
): Promise<PageBenchRow[]> {
  const rows: PageBenchRow[] = [];
  // Each page opened twice: the row is the second (what a user meets every day), the note gives the first,
  // which also makes the user's tick pass key and records what to read for an organiser's list.
  const twice = async (kind: 'sidebar' | 'mobile', user: string) => {
    const first = await openPage(emu, kind, user);
    return { ...(await openPage(emu, kind, user)), first: first.googleMs };
  };
  const firstNote = (m: { first: number }) => `first open by this user ${(m.first / 1000).toFixed(1)} s`;
  const org = await twice('sidebar', people.organiser);
  rows.push(row('sidebar open, organiser (bundle)', n, org, 'target ≤ 1.5 s, ≤ 200 KB at 3,000', `the list to pick from; its progress follows; ${firstNote(org)}`));
  emu.stats.reset();
  const pr = await callEntry(emu, 'getGuestListProgress', [null], { user: people.organiser });
  if (pr.ok && pr.value.ok) {
    const m = { executions: emu.stats.executions, calls: emu.stats.total, chargedMs: emu.stats.chargedMs, googleMs: emu.stats.googleMs, bytes: bytes(JSON.stringify(pr.value)) };
    rows.push(row('organiser list\'s progress, fetched after it is shown (bundle)', n, m, 'no target (the list is usable before)'));
  }
  const lo = await twice('sidebar', people.lo);
  rows.push(row('sidebar open, LO (bundle)', n, lo, 'target ≤ 1.5 s', firstNote(lo)));
  const phone = await twice('mobile', people.lo);
  rows.push(row('phone page open, LO (bundle)', n, phone, 'target ≤ 1.5 s', firstNote(phone)));

  emu.stats.reset();
  const c = await callEntry(emu, 'getGuestCard', [people.guest, null], { user: people.organiser });
  if (c.ok) {
    const m = { executions: emu.stats.executions, calls: emu.stats.total, chargedMs: emu.stats.chargedMs, googleMs: emu.stats.googleMs, bytes: bytes(JSON.stringify(c.value)) };
    rows.push(row('one card from the organiser list (bundle)', n, m, 'target ≤ 200 KB'));
  }

  const pass = passIn(lo.html, people.guest);
  const tickRow = async (label: string, extra: Record<string, unknown>) => {
    emu.stats.reset();
    const t = await callEntry(emu, 'tickChecklistItem', [{ guestId: people.guest, phase: 'prepare', itemId: 'briefing_attended', done: true, note: '', ...extra }], { user: people.lo });
    if (!t.ok || !t.value.ok) throw new Error(`tick failed: ${t.ok ? t.value.message : t.error}`);
    const by = emu.stats.byMethod;
    const locks = Object.entries(by).filter(([k]) => k.startsWith('Lock.')).reduce((s, [, v]) => s + v, 0);
    const reads = (by['Values.batchGet'] ?? 0) + (by['Range.getValues'] ?? 0);
    const tm = { executions: emu.stats.executions, calls: emu.stats.total, chargedMs: emu.stats.chargedMs, googleMs: emu.stats.googleMs, bytes: bytes(JSON.stringify(t.value)) };
    rows.push(row(label, n, tm, 'target ≤ 1 s', `${locks} lock calls, ${reads} reads, ${emu.stats.cells} cells${t.value.quick ? ', saved with the pass' : ''}`));
  };
  if (!pass) throw new Error(`the LO's sidebar has no tick pass for ${people.guest}`);
  await tickRow('tick with the card\'s pass (bundle)', { pass });
  await tickRow('tick without a pass: full read (bundle)', {});
  return rows;
}
