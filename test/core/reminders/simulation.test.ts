/**
 * The planner over the whole sample event, run as Google runs an hourly
 * trigger: drifting by up to 40 minutes, with two hours missed, from three
 * days before the first landing to the day after the last departure. Every
 * run records what it sends, as the sender would; the oracle is independent
 * of the planner: a message could help when some run fell between its due
 * moment and its useful moment, both taken from the sample's own data.
 */
import { planReminders } from '../../../src/core/reminders';
import type { EventModel } from '../../../src/core/model';
import { planTriggerRuns } from '../../../src/local/cli/trigger-schedule';
import { bkk } from '../fixtures/model';
import { sampleEventModel as sampleModel } from '../fixtures/sample-event';
import { sentRows } from '../fixtures/reminders';

const FROM = bkk('2026-12-03 00:00');
const TO = bkk('2026-12-11 23:59');
// Two missed hours on the busiest arrival day.
const MISSED = [bkk('2026-12-06 10:00'), bkk('2026-12-06 14:00')];

interface Sent { key: string; at: Date; late: boolean; until: Date; due: Date }

function simulate(model: EventModel, runs: Date[]): { sent: Sent[]; missed: Map<string, string> } {
  const sent: Sent[] = [];
  const missed = new Map<string, string>();
  for (const at of runs) {
    const plan = planReminders(model, at);
    for (const p of plan.due) sent.push({ key: p.key, at, late: p.late, until: p.until, due: p.due });
    model.sent.push(...sentRows(plan.due, 'sent', at));
    for (const s of plan.skipped) if (['trigger_not_run', 'reminders_off'].includes(s.reason)) missed.set(s.key, s.reason);
  }
  return { sent, missed };
}

const MIN = 60_000;

describe('a drifting, skipping hourly trigger over the sample event', () => {
  const model = sampleModel();
  const runs = planTriggerRuns({ from: FROM, to: TO, jitterMinutes: 40, missed: MISSED, seed: 7 }).filter((r) => !r.missed).map((r) => r.at);
  const { sent, missed } = simulate(model, runs);
  const ran = (from: Date, to: Date) => runs.some((r) => r >= from && r < to);

  test('the schedule is as rough as Google\'s: gaps over 90 minutes, and the two missed hours', () => {
    const gaps = runs.slice(1).map((r, i) => (r.getTime() - runs[i].getTime()) / MIN);
    expect(Math.max(...gaps)).toBeGreaterThan(90);
    expect(runs.some((r) => r >= MISSED[0] && r.getTime() < MISSED[0].getTime() + 60 * MIN)).toBe(false);
  });

  test('no message is sent twice', () => {
    const keys = sent.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('each is sent before its useful moment and not before its due moment; late ones say so', () => {
    for (const s of sent) {
      expect(s.at.getTime()).toBeGreaterThanOrEqual(s.due.getTime());
      expect(s.at.getTime()).toBeLessThan(s.until.getTime());
      expect(s.late).toBe(s.at.getTime() - s.due.getTime() >= 60 * MIN);
    }
  });

  test('every arrival brief and airport call that a run could still carry went out, to each LO', () => {
    const lead = model.event.airport_lead_minutes * MIN;
    let checked = 0;
    for (const f of model.flights) {
      if (f.direction !== 'arrival' || f.status === 'cancelled' || !f.arrive) continue;
      const landing = f.arrive.at;
      const beThere = new Date(landing.getTime() - lead);
      const leave = new Date(beThere.getTime() - 120 * MIN);
      const briefDue = new Date(landing.getTime() - 24 * 60 * MIN);
      for (const a of model.assignments.filter((x) => x.guest_id === f.guest_id)) {
        const brief = sent.find((s) => s.key.startsWith(`arrival_brief:${f.guest_id}:`) && s.key.endsWith(`:lo:${a.lo_id}`));
        if (ran(briefDue, leave)) expect(brief).toBeDefined();
        checked++;
      }
      const call = sent.filter((s) => s.key.startsWith(`airport_call:${f.guest_id}:`));
      const callKey = `airport_call:${f.guest_id}:`;
      if (ran(leave, beThere)) expect(call).toHaveLength(1);
      else expect([...missed.keys()].some((k) => k.startsWith(callKey))).toBe(true);
    }
    expect(checked).toBeGreaterThan(20);
  });

  test('every LO hears of each departure before the car comes, and the digests go daily', () => {
    for (const f of model.flights.filter((x) => x.direction === 'departure' && x.depart)) {
      const los = new Set(model.assignments.filter((a) => a.guest_id === f.guest_id).map((a) => a.lo_id));
      const preps = sent.filter((s) => s.key.startsWith(`departure_prep:${f.guest_id}:`));
      expect(new Set(preps.map((s) => s.key.split(':lo:')[1]))).toEqual(los);
    }
    const digestDays = new Set(sent.filter((s) => s.key.startsWith('organiser_digest:')).map((s) => s.key.split(':')[1]));
    expect([...digestDays].sort()).toEqual(['2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
  });

  test('turned on late (06:05 on the first arrival day), the brief and the call of a guest landing at 11:10 still go', () => {
    const fresh = sampleModel();
    const late = planTriggerRuns({ from: bkk('2026-12-06 06:05'), to: bkk('2026-12-06 12:00'), jitterMinutes: 0, missed: [], seed: 1 }).map((r) => r.at);
    const out = simulate(fresh, late).sent;
    const landing = fresh.flights.find((f) => f.direction === 'arrival' && f.arrive?.wall.endsWith('11:10'));
    expect(landing).toBeDefined();
    const gid = landing!.guest_id;
    expect(out.find((s) => s.key.startsWith(`arrival_brief:${gid}:`))?.late).toBe(true);
    expect(out.filter((s) => s.key.startsWith(`airport_call:${gid}:`))).toHaveLength(1);
  });
});
