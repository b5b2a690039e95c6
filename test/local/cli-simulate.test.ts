/**
 * `lo-desk simulate`: bad input is refused before anything runs (exit 2, one
 * line, the workbook untouched and no emulator state made beside it); a real
 * simulation of the sample event reports what the Sent tab then holds, runs
 * within the drift it was given, skips the missed hour, and plans the same
 * runs again for the same seed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type CliResult, filesUnder, lodesk, lodeskAsync, lodeskInProcess } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';
import { outboxMessages, sentRows } from '../helpers/sent';

const MINUTE = 60 * 1000;
const FROM = '2026-12-03T07:00:00+07:00';

interface SimulatedRun {
  nominal: string;
  at: string;
  missed: boolean;
  sent?: number;
  error?: string;
}
interface Simulation {
  summary: { runs: number; missed_runs: number; sent: number; deferred: number; failed: number; uncertain: number; late: number; dropped: string[] };
  runs: SimulatedRun[];
}

describe('lo-desk simulate given bad input', () => {
  const { dir, file } = sampleCopy();
  const bytes = readFileSync(file);
  const { mtimeMs } = statSync(file);
  // The workbook and the emulated Google side beside it, as the refusals must leave them.
  const before = filesUnder(dir);

  /** `how`: a process, or (for all but the first case) the built command line inside this process, which spares a process start. */
  const refused = async (args: string[], mention: RegExp, how: 'process' | 'in process' = 'in process') => {
    const r: CliResult = how === 'process' ? lodesk(['simulate', file, ...args]) : await lodeskInProcess(['simulate', file, ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(mention);
    // Nothing ran: the workbook is as it was and no emulator state was made beside it.
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
    expect(filesUnder(dir)).toEqual(before);
    expect(existsSync(`${file}.lodesk`)).toBe(false);
  };

  it('refuses --from after --to (a process)', async () => {
    await refused(['--from', '2026-12-05T07:00:00+07:00', '--to', FROM], /--from must be before --to/, 'process');
  });

  it('refuses a malformed instant', async () => {
    await refused(['--from', '3 December', '--to', '2026-12-05T07:00:00+07:00'], /--from "3 December" is not an ISO instant/);
    await refused(['--from', FROM, '--to', '2026-12-05T07:00'], /--to .* with a zone/);
  });

  it('refuses --jitter 60 (the drift must stay inside the hour)', async () => {
    await refused(['--from', FROM, '--to', '2026-12-05T07:00:00+07:00', '--jitter', '60'], /--jitter "60" must be a whole number of minutes from 0 to 59/);
  });

  it('refuses a malformed --miss', async () => {
    await refused(['--from', FROM, '--to', '2026-12-05T07:00:00+07:00', '--miss', '2026-12-03T12:00:00+07:00,noon'], /--miss "noon" is not an ISO instant/);
  });
});

describe('lo-desk simulate over the sample event', () => {
  const simulate = async (from: string, to: string, miss: string) => {
    const { dir, file } = sampleCopy();
    const outbox = path.join(dir, 'outbox');
    const r = await lodeskAsync(['simulate', file, '--from', from, '--to', to, '--jitter', '40', '--miss', miss, '--seed', '7', '--json', '--outbox', outbox]);
    expect(r.stderr).toMatch(/reminders were off: turned them on/);
    expect(r.status).toBe(0);
    return { file, outbox, sim: JSON.parse(r.stdout) as Simulation };
  };

  it('reports what the Sent tab holds, runs within ±40 min of each hour, and not in the missed one', async () => {
    // From 07:00 to 11:00 on the day the LOs' "prepare" messages fall due (09:00); 10:00's run is missed.
    // (Hours, not days: each run is an execution that loads and saves the workbook, seconds each.)
    const { file, outbox, sim } = await simulate(FROM, '2026-12-03T11:00:00+07:00', '2026-12-03T10:20:00+07:00');
    expect(sim.runs).toHaveLength(5);
    for (const run of sim.runs) {
      expect(Math.abs(Date.parse(run.at) - Date.parse(run.nominal))).toBeLessThanOrEqual(40 * MINUTE);
      expect(run.error).toBeUndefined();
    }
    const missed = sim.runs.filter((r) => r.missed);
    expect(missed.map((r) => r.nominal)).toEqual([new Date('2026-12-03T10:00:00+07:00').toISOString()]);
    // A missed hour ran nothing: it has no outcome, and it is not counted as a run.
    expect(missed[0].sent).toBeUndefined();
    expect(sim.summary.runs).toBe(4);
    expect(sim.summary.missed_runs).toBe(1);

    const rows = await sentRows(file);
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    expect(sim.summary.sent).toBeGreaterThan(0);
    expect(sim.summary).toMatchObject({ sent: count('sent'), failed: count('failed'), deferred: count('deferred'), uncertain: count('uncertain') });
    expect(await outboxMessages(outbox)).toHaveLength(sim.summary.sent);
    // Each message went out in one of the runs that happened, at that run's moment (the run lasts seconds).
    const ran = sim.runs.filter((r) => !r.missed).map((r) => Date.parse(r.at));
    for (const row of rows.filter((r) => r.status === 'sent')) {
      expect(ran.some((at) => row.at!.getTime() >= at && row.at!.getTime() - at < 5 * MINUTE)).toBe(true);
    }
  });

  it('plans the same run times again for the same seed', async () => {
    // Night hours with nothing due: the runs are quick, and their times are what is compared.
    const args = ['2026-12-02T01:00:00+07:00', '2026-12-02T04:00:00+07:00', '2026-12-02T02:30:00+07:00'] as const;
    const [a, b] = await Promise.all([simulate(...args), simulate(...args)]);
    const times = (s: Simulation) => s.runs.map((r) => `${r.nominal} ${r.at} ${r.missed}`);
    expect(times(a.sim)).toHaveLength(4);
    expect(times(b.sim)).toEqual(times(a.sim));
    // Not all on the hour: the drift is really there, and repeated.
    expect(a.sim.runs.some((r) => r.at !== r.nominal)).toBe(true);
  });
});
