/**
 * daily_runsheet: one per event day, for the secretariat. Programme items in time
 * order with venue, dress code and who attends; under each item the transfers to
 * and from its venue; then every other movement of the day, so the sheet is the
 * whole day. Items or movements without a usable time go to a "date to be
 * confirmed" run-sheet rather than disappearing.
 */
import type { IsoDate, ProgrammeItem } from '../model';
import { field, heading, para, table } from './blocks';
import { guestName, type DocContext } from './context';
import { eventDate, ms } from '../model-index';
import type { Movement } from './movements';
import { confidentialFooter, eventLine, movementHeader, movementRow, sharesMedical, zoneNote } from './parts';
import { has, type Phrasebook, phrasebookOf } from './phrasebook';
import { UNDATED } from './transport-manifest';
import type { Block, Doc } from './types';

/** How far before an item's start or after its end a transfer still counts as "around" it. */
const AROUND_MINUTES = 240;

const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();

function samePlace(a: string | undefined, b: string | undefined): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x.length < 3 || y.length < 3) return x !== '' && x === y;
  return x.includes(y) || y.includes(x);
}

/** Who attends, as the organiser wrote it: every guest, or the delegations and guests named. */
function audienceText(say: Phrasebook, ctx: DocContext, item: ProgrammeItem): string {
  const n = ctx.index.attendees.get(item.item_id)?.length ?? 0;
  const entries = item.audience.map((a) => a.trim()).filter(has);
  if (entries.length === 0 || entries.some((a) => a.toLowerCase() === 'all')) return say.s('rs.allGuests', { n });
  const unknown = new Set(ctx.index.unknownAudience.get(item.item_id) ?? []);
  const names = entries.map((e) => {
    const g = ctx.index.guestsById.get(e);
    if (g) return guestName(ctx, g);
    return unknown.has(e) ? say.s('rs.unknownAudience', { name: e }) : e;
  });
  return `${say.join(names)} ${say.s('rs.guestCount', { n })}`;
}

/** The item a movement belongs under: a transfer to its venue before it, or from its venue after it. */
function attach(items: ProgrammeItem[], movements: Movement[]): Map<ProgrammeItem, Movement[]> {
  const out = new Map<ProgrammeItem, Movement[]>();
  const window = AROUND_MINUTES * 60_000;
  for (const m of movements) {
    const at = ms(m.at);
    if (!Number.isFinite(at)) continue;
    let best: ProgrammeItem | undefined;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const item of items) {
      const start = ms(item.starts?.at);
      const end = ms(item.ends?.at ?? item.starts?.at);
      let gap = Number.POSITIVE_INFINITY;
      if (samePlace(m.to, item.venue) && at <= start && start - at <= window) gap = start - at;
      if (samePlace(m.from, item.venue) && at >= end && at - end <= window) gap = Math.min(gap, at - end);
      if (gap < bestGap) {
        best = item;
        bestGap = gap;
      }
    }
    if (best) {
      const list = out.get(best);
      if (list) list.push(m);
      else out.set(best, [m]);
    }
  }
  return out;
}

function buildDailyRunsheet(ctx: DocContext, day: IsoDate | typeof UNDATED, items: ProgrammeItem[], movements: Movement[]): Doc {
  const say = phrasebookOf(ctx);
  const dayText = day === UNDATED ? say.s('undated') : say.date(day);
  const title = say.s('title.daily_runsheet', { date: dayText });
  const blocks: Block[] = [heading(1, title), eventLine(say, ctx), zoneNote(say, ctx)];
  const around = attach(items, movements);
  const placed = new Set<Movement>();
  if (items.length === 0) blocks.push(para(say.s('rs.noItems')));
  for (const item of items) {
    const when = `${say.eventTime(item.starts?.at)} – ${say.eventTime(item.ends?.at)}`;
    const kind = item.kind === 'private' ? ` ${say.s('privateMark')}` : '';
    blocks.push(
      heading(2, `${when} ${say.itemTitle(item)}${kind}`),
      field(say.label('venue'), say.or(item.venue)),
      field(say.label('dress_code'), say.or(item.dress_code)),
      field(say.label('attending'), audienceText(say, ctx, item)),
      field(say.label('notes'), say.orNone(item.notes)),
    );
    const mv = around.get(item) ?? [];
    if (mv.length) {
      blocks.push(heading(3, say.s('rs.movements')), table(movementHeader(say), mv.map((m) => movementRow(say, ctx, m))));
      for (const m of mv) placed.add(m);
    }
  }
  const rest = movements.filter((m) => !placed.has(m));
  blocks.push(heading(2, say.s('rs.otherMovements')));
  if (rest.length === 0) blocks.push(para(say.s('rs.noOtherMovements')));
  else blocks.push(table(movementHeader(say), rest.map((m) => movementRow(say, ctx, m))));
  const footer = confidentialFooter(say, blocks, movements.some((m) => m.guests.some(sharesMedical)));
  return { kind: 'daily_runsheet', key: `daily_runsheet:${day}`, title, subject: dayText, lang: say.lang, blocks, footer };
}

export function buildDailyRunsheets(ctx: DocContext, byDay: Map<string, Movement[]>): Doc[] {
  const itemsByDay = new Map<string, ProgrammeItem[]>();
  for (const item of ctx.index.programme) {
    const d = eventDate(ctx.index, item.starts?.at) ?? UNDATED;
    const list = itemsByDay.get(d);
    if (list) list.push(item);
    else itemsByDay.set(d, [item]);
  }
  const days = [...new Set([...itemsByDay.keys(), ...byDay.keys()])].filter((d) => d !== UNDATED).sort();
  if (itemsByDay.has(UNDATED) || byDay.has(UNDATED)) days.push(UNDATED);
  return days.map((d) => buildDailyRunsheet(ctx, d, itemsByDay.get(d) ?? [], byDay.get(d) ?? []));
}
