/**
 * dietary_list: one per event day that has meal-bearing programme items (see
 * meals.ts for how an item is recognised). Per item: how many guests are
 * expected and, per requirement, the count and the names. Guests with no
 * requirement are counted, not named; guests whose requirement was never
 * entered are named, so someone asks them. Dietary notes only when shared
 * (need-to-know.ts); no medical notes.
 */
import { DIETARY, type Dietary, type Guest, type IsoDate, type ProgrammeItem } from '../model';
import { heading, para, table } from './blocks';
import type { DocContext } from './context';
import { guestFacts } from '../facts/guest-facts';
import { eventDate } from '../model-index';
import { isMealItem } from './meals';
import { eventLine, zoneNote } from './parts';
import { has, type Phrasebook, phrasebookOf } from './phrasebook';
import { UNDATED } from './transport-manifest';
import type { Block, Doc } from './types';

interface MealCounts {
  total: number;
  /** Per requirement other than 'none', in the order of the contract's list. */
  byNeed: { need: Dietary; guests: Guest[] }[];
  none: number;
  /** Guests whose dietary cell is empty. */
  unknown: Guest[];
}

function mealCounts(ctx: DocContext, guests: Guest[]): MealCounts {
  const by = new Map<Dietary, Guest[]>();
  let none = 0;
  const unknown: Guest[] = [];
  for (const g of guests) {
    const { dietary } = guestFacts(ctx.index, g).needs;
    if (!dietary) unknown.push(g);
    else if (dietary === 'none') none++;
    else {
      const list = by.get(dietary);
      if (list) list.push(g);
      else by.set(dietary, [g]);
    }
  }
  const byNeed = DIETARY.filter((d) => by.has(d)).map((need) => ({ need, guests: by.get(need)! }));
  return { total: guests.length, byNeed, none, unknown };
}

/** The name, with the dietary notes when shared, else with the mark that says to ask the LO. */
function nameWithNotes(say: Phrasebook, ctx: DocContext, g: Guest): string {
  const { names, needs } = guestFacts(ctx.index, g);
  if (!has(needs.dietaryNotes)) return names.full;
  return `${names.full} (${needs.shareDietaryNotes ? needs.dietaryNotes.trim() : say.s('need.askLo')})`;
}

function mealBlock(say: Phrasebook, ctx: DocContext, item: ProgrammeItem): Block[] {
  const c = mealCounts(ctx, ctx.index.attendees.get(item.item_id) ?? []);
  const rows: string[][] = c.byNeed.map(({ need, guests }) => [
    say.diet(need), String(guests.length), guests.map((g) => nameWithNotes(say, ctx, g)).join('; '),
  ]);
  rows.push([say.s('diet.noNeed'), String(c.none), say.s('diet.notNamed')]);
  if (c.unknown.length) rows.push([say.s('diet.notRecorded'), String(c.unknown.length), c.unknown.map((x) => guestFacts(ctx.index, x).names.full).join('; ')]);
  return [
    heading(2, `${say.eventTime(item.starts?.at)} ${say.itemTitle(item)}`),
    para(say.s('diet.where', { venue: say.or(item.venue), n: c.total })),
    table(say.cols(['col.requirement', 'col.count', 'label.guests']), rows),
  ];
}

function buildDietaryList(ctx: DocContext, day: IsoDate | typeof UNDATED, items: ProgrammeItem[]): Doc {
  const say = phrasebookOf(ctx);
  const dayText = day === UNDATED ? say.s('undated') : say.date(day);
  const title = say.s('title.dietary_list', { date: dayText });
  const blocks: Block[] = [heading(1, title), eventLine(say, ctx), zoneNote(say, ctx)];
  for (const item of items) blocks.push(...mealBlock(say, ctx, item));
  return { kind: 'dietary_list', key: `dietary_list:${day}`, title, subject: dayText, lang: say.lang, blocks };
}

export function buildDietaryLists(ctx: DocContext): Doc[] {
  const byDay = new Map<string, ProgrammeItem[]>();
  for (const item of ctx.index.programme) {
    if (!isMealItem(item)) continue;
    const d = eventDate(ctx.index, item.starts?.at) ?? UNDATED;
    const list = byDay.get(d);
    if (list) list.push(item);
    else byDay.set(d, [item]);
  }
  const days = [...byDay.keys()].filter((d) => d !== UNDATED).sort();
  if (byDay.has(UNDATED)) days.push(UNDATED);
  return days.map((d) => buildDietaryList(ctx, d, byDay.get(d)!));
}
