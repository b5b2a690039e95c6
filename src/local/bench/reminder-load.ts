/**
 * How many mail recipients reminders need a day: the planner run every hour
 * (ten past, as an hourly trigger runs on average), each run's messages
 * recorded as sent, recipients counted as MailApp counts them: one per
 * email, and one email per recipient per run. The busiest day is what must
 * fit the account's daily quota (100 for a consumer account, 1,500 on
 * Workspace).
 */
import type { EventModel, IsoDate } from '../../core/model';
import { planReminders } from '../../core/reminders';
import { addDays, localDate, startOfLocalDay } from '../../core/time/zones';

export interface ReminderLoad {
  busiestDay: IsoDate | '';
  /** Recipients (emails) on the busiest day. */
  recipients: number;
  /** Messages (items) that day: what it would cost without one email per recipient per run. */
  items: number;
  runs: number;
}

const HOUR = 3_600_000;

/** Flights per event day, by direction. */
function flightDays(model: EventModel, zone: string, direction: 'arrival' | 'departure'): IsoDate[] {
  const count = new Map<IsoDate, number>();
  for (const f of model.flights) {
    if (f.direction !== direction) continue;
    const at = direction === 'arrival' ? f.arrive?.at : f.depart?.at;
    if (at && Number.isFinite(at.getTime())) count.set(localDate(at, zone), (count.get(localDate(at, zone)) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
}

/** Hourly runs over [first − 1 day, last]; the days in `counted` are tallied (the day before only sends what was due). */
function simulate(model: EventModel, first: IsoDate, last: IsoDate, counted: (d: IsoDate) => boolean): ReminderLoad {
  const zone = model.event.time_zone;
  const m: EventModel = { ...model, sent: [...model.sent] };
  const byDay = new Map<IsoDate, { recipients: number; items: number }>();
  let runs = 0;
  const to = startOfLocalDay(addDays(last, 1), zone).getTime();
  for (let at = startOfLocalDay(addDays(first, -1), zone).getTime() + 10 * 60_000; at < to; at += HOUR) {
    const now = new Date(at);
    const { due } = planReminders(m, now);
    runs++;
    for (const p of due) m.sent.push({ row: 0, key: p.key, kind: p.kind, recipient: p.recipient, subject: p.message.subject, fingerprint: p.fingerprint, status: 'sent', at: now });
    const day = localDate(now, zone);
    if (!counted(day)) continue;
    const tally = byDay.get(day) ?? { recipients: 0, items: 0 };
    tally.recipients += new Set(due.map((p) => p.recipient.toLowerCase())).size;
    tally.items += due.length;
    byDay.set(day, tally);
  }
  let busiest: [IsoDate | '', { recipients: number; items: number }] = ['', { recipients: 0, items: 0 }];
  for (const entry of byDay) if (entry[1].recipients > busiest[1].recipients) busiest = entry;
  return { busiestDay: busiest[0], recipients: busiest[1].recipients, items: busiest[1].items, runs };
}

/**
 * `span` 'event': every hour from the day before the first landing to the
 * last departure. 'peak', for large events where each run's planning costs:
 * only the day with most landings and the day with most departures, each
 * after a day of runs that sends what fell due before it.
 */
export function reminderLoad(model: EventModel, span: 'event' | 'peak' = 'event'): ReminderLoad {
  const zone = model.event.time_zone;
  const arrivals = flightDays(model, zone, 'arrival');
  const departures = flightDays(model, zone, 'departure');
  if (arrivals.length === 0 && departures.length === 0) return { busiestDay: '', recipients: 0, items: 0, runs: 0 };
  if (span === 'event') {
    const days = [...arrivals, ...departures].sort();
    return simulate(model, days[0], days[days.length - 1], () => true);
  }
  const peaks = [...new Set([arrivals[0], departures[0]].filter((d): d is IsoDate => !!d))];
  const each = peaks.map((d) => simulate(model, d, d, (x) => x === d));
  const runs = each.reduce((n, l) => n + l.runs, 0);
  return { ...each.reduce((a, b) => (b.recipients > a.recipients ? b : a)), runs };
}
