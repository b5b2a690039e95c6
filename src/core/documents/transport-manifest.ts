/**
 * transport_manifest: one per event day, for the transport desk and drivers.
 * Every arrival, departure and transfer of the day in time order. No medical or
 * dietary data. Rows whose day cannot be told (no time, no stay dates) go to one
 * extra manifest, "date to be confirmed", instead of being dropped.
 */
import type { IsoDate } from '../model';
import { heading, para, table } from './blocks';
import type { DocContext } from './context';
import type { Movement } from './movements';
import { eventLine, movementHeader, movementRow, zoneNote } from './parts';
import { phrasebookOf } from './phrasebook';
import type { Block, Doc } from './types';

export const UNDATED = 'tbc';

/** Movements grouped by event day, days in order; undated ones under UNDATED, last. */
export function movementsByDay(movements: Movement[]): Map<string, Movement[]> {
  const days = new Map<string, Movement[]>();
  for (const m of movements) {
    const d = m.date ?? UNDATED;
    const list = days.get(d);
    if (list) list.push(m);
    else days.set(d, [m]);
  }
  const keys = [...days.keys()].filter((k) => k !== UNDATED).sort();
  if (days.has(UNDATED)) keys.push(UNDATED);
  return new Map(keys.map((k) => [k, days.get(k)!]));
}

function buildTransportManifest(ctx: DocContext, day: IsoDate | typeof UNDATED, movements: Movement[]): Doc {
  const say = phrasebookOf(ctx);
  const dayText = day === UNDATED ? say.s('undated') : say.date(day);
  const title = say.s('title.transport_manifest', { date: dayText });
  const blocks: Block[] = [
    heading(1, title),
    eventLine(say, ctx),
    zoneNote(say, ctx),
    para(say.s('manifest.count', { n: movements.length })),
    table(movementHeader(say), movements.map((m) => movementRow(say, ctx, m))),
  ];
  return { kind: 'transport_manifest', key: `transport_manifest:${day}`, title, subject: dayText, lang: say.lang, blocks };
}

export function buildTransportManifests(ctx: DocContext, byDay: Map<string, Movement[]>): Doc[] {
  return [...byDay].map(([day, list]) => buildTransportManifest(ctx, day, list));
}
