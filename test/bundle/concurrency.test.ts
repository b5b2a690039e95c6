/**
 * Real concurrency: two executions on one workbook at the same time, in two
 * processes, made to overlap for certain with the emulator's rendezvous hook
 * (both reach the same call before either goes on). The add-on must keep
 * every tick and send every message once; the negative controls prove these
 * tests can fail: with the add-on's lock call, or its atomic append, taken
 * out of a copy of the bundle, the same runs lose a tick and send duplicates.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { BIN, DIST, lodeskInProcess, tempDir } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';
import { Workbook } from '../../src/local/emulator/workbook';

const LO1 = 'lo1@example.go.th';
const LO2 = 'lo.wipawee@example.go.th';
const PREPARE_RUN = '2026-12-03T09:10:00+07:00';

/**
 * A copy of dist/ whose code has `patch` applied: Code.js and the lazily loaded
 * parts (dist/part-*.html, src/addon/parts.ts), since the code a patch aims at
 * may be in either; the patch must change something.
 */
function patchedDist(patch: (code: string) => string): string {
  const dir = path.join(tempDir('lodesk-control-'), 'dist');
  mkdirSync(dir);
  let changes = 0;
  for (const f of readdirSync(DIST)) {
    if (f !== 'Code.js' && !/^part-.*\.html$/.test(f)) {
      copyFileSync(path.join(DIST, f), path.join(dir, f));
      continue;
    }
    const code = readFileSync(path.join(DIST, f), 'utf8');
    const changed = patch(code);
    if (changed !== code) changes++;
    writeFileSync(path.join(dir, f), changed);
  }
  expect(changes).toBeGreaterThan(0);
  return dir;
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

/** Both processes wait at the first call of `at` until the other has reached it too. */
function meetAt(at: string): Record<string, string> {
  return { LODESK_RENDEZVOUS: JSON.stringify({ at, dir: tempDir('lodesk-meet-'), parties: 2 }) };
}

async function ticks(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.name === 'Checklist' || w.name === 'รายการตรวจสอบ')!;
  const out: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 1 && row.getCell(1).value) out.push(`${row.getCell(1).value}:${row.getCell(3).value}:${row.getCell(4).value}`);
  });
  return out.sort();
}

/** LO1 ticks from the sidebar (a menu execution), LO2 from the phone page (a web app), at the same moment. */
async function tickTogether(file: string, dist?: string) {
  const env = meetAt('Spreadsheet.getSheetByName');
  const extra = dist ? ['--dist', dist] : [];
  // The phone page's link names the event (?ss=): its doGet remembers it for the LO's calls.
  const id = (await Workbook.load(file)).getMeta('id');
  expect(id).toBeTruthy();
  // Set-up, not one of the executions at once: run inside this process.
  const opened = await lodeskInProcess(['call', file, 'doGet', '--as', LO2, '--execution', 'webapp', '--args', JSON.stringify({ parameter: { ss: id } })]);
  expect(opened.status).toBe(0);
  const tick = (as: string, guestId: string, execution: string) =>
    run(['call', file, 'tickChecklistItem', '--as', as, '--execution', execution, ...extra, '--args',
      JSON.stringify({ guestId, phase: 'prepare', itemId: 'briefing_attended', done: true })], env);
  return Promise.all([tick(LO1, 'G02', 'menu'), tick(LO2, 'G03', 'webapp')]);
}

describe('two executions at once', () => {
  it('two LOs ticking at the same moment, one from the sidebar and one from the phone page, both keep their tick', async () => {
    const { file } = sampleCopy();
    const before = await ticks(file);
    const results = await tickTogether(file);
    for (const r of results) expect(JSON.parse(r.out).ok).toBe(true);
    const after = await ticks(file);
    expect(after).toEqual([...before, 'G02:briefing_attended:true', 'G03:briefing_attended:true'].sort());
  });

  it('negative control: with the atomic append replaced by "write after the last row", one tick is lost', async () => {
    const { file } = sampleCopy();
    const dist = patchedDist((code) =>
      code.replace(/(\w+)\.appendRow\((\w+)\)/, (_m, s, r) => `${s}.getRange(${s}.getLastRow()+1,1,1,${r}.length).setValues([${r}])`));
    const before = await ticks(file);
    await tickTogether(file, dist);
    const after = await ticks(file);
    // Both wrote the same new row: the second overwrote the first.
    expect(after.length).toBe(before.length + 1);
  });

  it('two LOs ticking with their cards\' passes at the same moment (one API append each) both keep their tick', async () => {
    const { file } = sampleCopy();
    const passOf = async (as: string, guestId: string) => {
      const r = await lodeskInProcess(['call', file, 'getLoView', '--as', as, '--execution', 'menu']);
      expect(r.status).toBe(0);
      const view = JSON.parse(r.stdout) as { guests: { guest_id: string; tickPass?: string }[] };
      return view.guests.find((g) => g.guest_id === guestId)!.tickPass!;
    };
    const passes = [await passOf(LO1, 'G02'), await passOf(LO2, 'G03')];
    const before = await ticks(file);
    const env = meetAt('Spreadsheets.batchUpdate');
    const tick = (as: string, guestId: string, pass: string) =>
      run(['call', file, 'tickChecklistItem', '--as', as, '--execution', 'menu', '--args',
        JSON.stringify({ guestId, phase: 'prepare', itemId: 'briefing_attended', done: true, note: '', pass })], env);
    const results = await Promise.all([tick(LO1, 'G02', passes[0]), tick(LO2, 'G03', passes[1])]);
    for (const r of results) expect(JSON.parse(r.out)).toMatchObject({ ok: true, quick: true });
    expect(await ticks(file)).toEqual([...before, 'G02:briefing_attended:true', 'G03:briefing_attended:true'].sort());
  });

  const remindTogether = async (file: string, dir: string, dist?: string) => {
    // Reminders on, at an hour when nothing is due, so both runs find the same trigger.
    // (set-up, inside this process)
    expect((await lodeskInProcess(['remind', file, '--now', '2026-12-01T07:00:00+07:00', '--outbox', path.join(dir, 'outbox')])).status).toBe(0);
    // Both meet where they take the lock that guards the Sent record (the script lock: see reminder-run.ts).
    const env = meetAt('LockService.getScriptLock');
    const args = ['remind', file, '--now', PREPARE_RUN, '--outbox', path.join(dir, 'outbox'), ...(dist ? ['--dist', dist] : [])];
    return Promise.all([run(args, env), run(args, env)]);
  };
  const emls = (dir: string) => readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
  /** What one run alone sends at that instant: the reference for both tests below. */
  let expected = 0;
  beforeAll(async () => {
    const single = sampleCopy();
    expect((await lodeskInProcess(['remind', single.file, '--now', PREPARE_RUN, '--outbox', path.join(single.dir, 'outbox')])).status).toBe(0);
    expected = emls(single.dir).length;
  });

  it('two reminder runs at the same moment send each message once', async () => {
    expect(expected).toBeGreaterThan(0);
    const { dir, file } = sampleCopy();
    const codes = await remindTogether(file, dir);
    expect(codes.map((c) => c.code)).toEqual([0, 0]);
    expect(emls(dir)).toHaveLength(expected);
  });

  it('negative control: with the lock call disabled, two runs at once send duplicates', async () => {
    expect(expected).toBeGreaterThan(0);
    const dist = patchedDist((code) => code.replace(/(\w+)\.tryLock\(([^()]*)\)/g, '(true||$1.tryLock($2))'));
    const { dir, file } = sampleCopy();
    await remindTogether(file, dir, dist);
    expect(emls(dir).length).toBe(2 * expected);
  });
});
