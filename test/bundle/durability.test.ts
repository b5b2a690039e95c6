/**
 * What survives when things go wrong outside the add-on: a reminder run
 * killed (SIGKILL) at each of its steps, a mail server that is down, a workbook
 * that is read-only or reached through a symbolic link, a process killed
 * while it holds locks. Each case runs the real command line on a copy of
 * the sample event, as a user would, and then looks only at what a user
 * could look at: the outbox, the Sent tab, the workbook file. The runs that
 * are killed, or whose exit a case is about, are processes; set-up, the runs
 * after a kill and the symbolic link run the built command line inside this
 * process (what they find is on disk, left by the dead process).
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, chmodSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { filesUnder, lodesk, lodeskAsync, lodeskInProcess, startLodesk, tempDir } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';
import { messageId, outboxMessages, sentRows, type SentRow } from '../helpers/sent';
import { startSmtpWorker } from '../helpers/smtp-worker';

// Reminders are turned on days before anything is due; three days before the
// first arrivals the LOs' "prepare" messages fall due at 09:00.
// Before the day's digest falls due (08:00), so turning reminders on sends nothing.
const ON_RUN = '2026-12-01T07:00:00+07:00';
const PREPARE_RUN = '2026-12-03T09:10:00+07:00';
const HOUR_LATER = '2026-12-03T10:10:00+07:00';
// A failed message is tried again while it can still help: runs early and late in the hour after it fell due.
const EARLY_RUN = '2026-12-03T09:02:00+07:00';
const LATE_RUN = '2026-12-03T09:58:00+07:00';

interface Case {
  dir: string;
  file: string;
  outbox: string;
}

/** A folder holding the sample event with reminders on: the workbook and the emulator's state beside it. */
let onFolder = '';
/** What one run at PREPARE_RUN sends when nothing goes wrong: its Sent rows, and how many emails carry them. */
let reference: { sent: SentRow[]; emails: number };

/** A copy of the folder with reminders on (its own workbook, journal, triggers, quotas and outbox). */
function caseCopy(): Case {
  const dir = tempDir('lodesk-durable-');
  cpSync(onFolder, dir, { recursive: true });
  return { dir, file: path.join(dir, 'event.xlsx'), outbox: path.join(dir, 'outbox') };
}

const remindArgs = (c: Case, now: string) => ['remind', c.file, '--now', now, '--outbox', c.outbox];

beforeAll(async () => {
  const { dir, file } = sampleCopy();
  // Set-up: the command inside this process (the runs killed and the runs after them are processes).
  const on = await lodeskInProcess(['remind', file, '--now', ON_RUN, '--outbox', path.join(dir, 'outbox')]);
  expect(on.stderr).toMatch(/turned them on/);
  expect(on.status).toBe(0);
  onFolder = dir;
});

beforeAll(async () => {
  // Two runs at once, as the killed runs go two at a time: both must send the same messages.
  const cases = [caseCopy(), caseCopy()];
  const results = await Promise.all(cases.map((c) => lodeskAsync(remindArgs(c, PREPARE_RUN))));
  for (const r of results) expect(r.status).toBe(0);
  const [sent, other] = await Promise.all(cases.map(async (c) => (await sentRows(c.file)).filter((row) => row.status === 'sent')));
  expect(sent.length).toBeGreaterThan(2);
  expect(other.map((r) => r.key)).toEqual(sent.map((r) => r.key));
  // Each message is known by recipient and subject in the outbox: they must tell the keys apart.
  expect(new Set(sent.map(messageId)).size).toBe(sent.length);
  const emails = emlCount(cases[0].outbox);
  // Killed after the first and before the last email: there must be emails on both sides.
  expect(emails).toBeGreaterThan(2);
  reference = { sent, emails };
});

/**
 * Nothing sent twice, nothing lost: each message is in the outbox at most
 * once; every message the reference run sends is now either sent (and in the
 * outbox once) or "uncertain" (the run died between claiming and recording
 * it, which no run resends by itself); nothing else went out. The workbook
 * still opens with exceljs (sentRows reads it).
 */
async function expectNoneTwiceNoneLost(c: Case, where: string): Promise<void> {
  const rows = await sentRows(c.file);
  const messages = await outboxMessages(c.outbox);
  const copies = new Map<string, number>();
  for (const m of messages) copies.set(messageId(m), (copies.get(messageId(m)) ?? 0) + 1);
  const expected = new Set(reference.sent.map(messageId));
  for (const [id, n] of copies) {
    expect({ where, id, copies: n, known: expected.has(id) }).toEqual({ where, id, copies: 1, known: true });
  }
  expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  for (const ref of reference.sent) {
    const row = rows.find((r) => r.key === ref.key);
    const status = row?.status ?? 'absent';
    expect({ where, key: ref.key, status: ['sent', 'uncertain'].includes(status) ? 'sent or uncertain' : status }).toEqual({
      where, key: ref.key, status: 'sent or uncertain',
    });
    if (status === 'sent') expect({ where, key: ref.key, copies: copies.get(messageId(ref)) ?? 0 }).toEqual({ where, key: ref.key, copies: 1 });
  }
}

function emlCount(outbox: string): number {
  try {
    return readdirSync(outbox).filter((f) => f.endsWith('.eml')).length;
  } catch {
    return 0;
  }
}

/**
 * A moment of a reminder run, one per step that leaves a different state
 * behind (see the run in src/addon/reminder-run.ts and the checkpoint in
 * src/local/emulator/live-workbook.ts):
 *  - `call`: as the bundle reaches its first call of a service method (the
 *    emulator's rendezvous hook holds it there until it is killed);
 *  - `emails`: as soon as that many emails are in the outbox.
 */
type Moment = { call: string } | { emails: (all: number) => number };

interface KillPoint {
  step: string;
  moment: Moment;
  /** Also run an hour later, when what it left deferred may go (one kill in the middle of sending, as one seed in four was). */
  hourLater?: boolean;
}

/**
 * The steps of a run, each killed once. The twelve random moments these replace
 * fell in the same steps, and moments within one step leave the same state.
 * Not here, as they add nothing: start-up before the first call (it leaves
 * nothing, less than the first call's registration); reading, between the
 * first call and the lock (it writes nothing); other counts of emails sent
 * (the state of the two below: some sent, the rest claimed); under the lock
 * with the claims not yet flushed ("a process killed in the middle of an
 * execution", below); while the checkpoint is half written (the state of the
 * last kill here plus a temporary file, whose sweep test/local/leftovers.test.ts
 * checks).
 */
const KILL_POINTS: KillPoint[][] = [
  [
    { step: 'at its first call: registered as a live execution, nothing read', moment: { call: 'SpreadsheetApp.getActiveSpreadsheet' } },
    { step: 'with its claims committed and the lock let go, before sending', moment: { call: 'MailApp.getRemainingDailyQuota' } },
  ],
  [
    { step: 'in the middle of sending, after the first email', moment: { emails: () => 1 }, hourLater: true },
    { step: 'in the middle of sending, before the last email', moment: { emails: (all) => all - 1 } },
  ],
  [
    { step: 'after its last email, while it records what went', moment: { emails: (all) => all } },
    // Its first call after recording: the outcomes are in the journal, the workbook file not yet rewritten.
    { step: 'with what went recorded, before the workbook file is written', moment: { call: 'DeveloperMetadata.setValue' } },
  ],
];

/** Whether the run has reached the moment (checked every 5 ms; the rendezvous hook holds it at a call). */
function reached(c: Case, moment: Moment, meet: string): boolean {
  if ('call' in moment) return readdirSync(meet).length > 0;
  return emlCount(c.outbox) >= moment.emails(reference.emails);
}

/** Kills a reminder run (a process) at a moment; gives the case it left behind. */
async function killAt({ step, moment }: KillPoint): Promise<Case> {
  const c = caseCopy();
  const meet = tempDir('lodesk-meet-');
  // parties 2: the run waits at the call for a party that never comes, until it is killed.
  const env: Record<string, string> = 'call' in moment ? { LODESK_RENDEZVOUS: JSON.stringify({ at: moment.call, dir: meet, parties: 2 }) } : {};
  const run = startLodesk(remindArgs(c, PREPARE_RUN), { env });
  let timer: NodeJS.Timeout;
  const poll = (): void => {
    if (reached(c, moment, meet)) run.child.kill('SIGKILL');
    else timer = setTimeout(poll, 5);
  };
  timer = setTimeout(poll, 5);
  const killed = await run.done;
  clearTimeout(timer!);
  // Killed at that step, not finished before it: a run that finished would prove nothing.
  expect({ step, signal: killed.signal }).toEqual({ step, signal: 'SIGKILL' });
  return c;
}

/**
 * After a kill, runs the reminders again at that instant (and, when asked, an
 * hour later): nothing is sent twice or lost, and the next runs find nothing
 * in their way.
 */
async function recover(c: Case, { step, hourLater }: KillPoint): Promise<void> {
  for (const now of hourLater ? [PREPARE_RUN, HOUR_LATER] : [PREPARE_RUN]) {
    const r = await lodeskInProcess(remindArgs(c, now));
    expect({ step, now, status: r.status, stderr: r.stderr }).toEqual({ step, now, status: 0, stderr: '' });
    expect(r.stdout).toMatch(/^\d+ sent/);
  }
  await expectNoneTwiceNoneLost(c, step);
}

describe('a reminder run killed at each of its steps', () => {
  for (const points of KILL_POINTS) {
    it(`sends nothing twice and loses nothing, and leaves nothing in the way (killed ${points.map((p) => p.step).join('; ')})`, async () => {
      // Killed two at a time (two cores); then each recovered in turn, inside this process (whose own work
      // would otherwise hold up the watch on the other run's moment).
      const cases = await Promise.all(points.map(killAt));
      for (const [i, point] of points.entries()) await recover(cases[i], point);
    });
  }
});

/** A local port nobody listens on (taken, then let go). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('a mail server that is down', () => {
  it('leaves the messages "failed" with the reason, exits 0, and the next run with a working server sends them', async () => {
    const c = caseCopy();
    const port = await freePort();
    const down = await lodeskInProcess(['remind', c.file, '--now', EARLY_RUN, '--smtp', `smtp://127.0.0.1:${port}`]);
    expect(down.status).toBe(0);
    expect(down.stdout).toMatch(new RegExp(`^0 sent \\(delivered to smtp://127.0.0.1:${port}\\), ${reference.sent.length} failed`));
    const failed = await sentRows(c.file);
    for (const ref of reference.sent) {
      const row = failed.find((r) => r.key === ref.key);
      expect({ key: ref.key, status: row?.status }).toEqual({ key: ref.key, status: 'failed' });
      expect(row!.reason).toMatch(/Failed to send email: .*ECONNREFUSED/);
    }
    expect(readdirSync(c.dir)).not.toContain('outbox');

    const server = await startSmtpWorker();
    try {
      const later = await lodeskInProcess(['remind', c.file, '--now', LATE_RUN, '--smtp', `smtp://127.0.0.1:${server.port}`]);
      expect(later.status).toBe(0);
      expect(later.stdout).toMatch(new RegExp(`^${reference.sent.length} sent`));
      const received = (await server.received()).flatMap((m) => m.to).sort();
      expect(received).toEqual(reference.sent.map((r) => r.recipient.toLowerCase()).sort());
      const rows = await sentRows(c.file);
      for (const ref of reference.sent) expect({ key: ref.key, status: rows.find((r) => r.key === ref.key)?.status }).toEqual({ key: ref.key, status: 'sent' });
    } finally {
      await server.close();
    }
  });
});

async function sheetRowCount(file: string, sheet: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let n = 0;
  wb.getWorksheet(sheet)?.eachRow(() => n++);
  return n;
}

describe('the workbook file', () => {
  it('read-only: validate exits 2 with one line naming the file, and leaves it as it was', () => {
    const { dir, file } = sampleCopy();
    chmodSync(file, 0o444);
    const bytes = readFileSync(file);
    const { mtimeMs } = statSync(file);
    const before = filesUnder(dir);
    const r = lodesk(['validate', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/event\.xlsx.*read-only/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(filesUnder(dir)).toEqual(before);
  });

  it('reached through a symbolic link: validate writes the file it names, and the link stays a link', async () => {
    const { file } = sampleCopy();
    const elsewhere = tempDir('lodesk-link-');
    const link = path.join(elsewhere, 'event-link.xlsx');
    symlinkSync(file, link);
    const findingsBefore = await sheetRowCount(file, 'Findings');
    // About the link, not the process: the command inside this process.
    const r = await lodeskInProcess(['validate', link]);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(file);
    // The findings the command printed are in the target's Findings tab (header + one row each).
    const printed = r.stdout.trim().split('\n').length - 1;
    expect(printed).toBeGreaterThan(0);
    expect(findingsBefore).toBe(1);
    expect(await sheetRowCount(file, 'Findings')).toBe(1 + printed);
  });
});

describe('a process killed in the middle of an execution', () => {
  it('leaves no lock that blocks the next command: the stale ones are known by their dead owner', async () => {
    const c = caseCopy();
    // The run stops, alive, at its first flush: it holds the script lock (a trigger has no document lock) with its claims unwritten.
    const meet = tempDir('lodesk-meet-');
    const run = startLodesk(remindArgs(c, PREPARE_RUN), {
      env: { LODESK_RENDEZVOUS: JSON.stringify({ at: 'SpreadsheetApp.flush', dir: meet, parties: 2 }) },
    });
    while (readdirSync(meet).length === 0 && run.child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    const scriptLock = path.join(c.dir, '.lodesk-google', 'project', 'locks', 'script.lock');
    const owner = JSON.parse(readFileSync(path.join(scriptLock, 'owner.json'), 'utf8')) as { pid: number; at: number };
    expect(owner.pid).toBe(run.child.pid);
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');

    // As if it had died inside the workbook's own mutex too (a window of microseconds a random kill rarely hits),
    // with a time a day ahead, so that nothing but its dead pid can tell that it is stale.
    const mutex = path.join(`${c.file}.lodesk`, 'locks', 'workbook.lock');
    mkdirSync(mutex, { recursive: true });
    writeFileSync(path.join(mutex, 'owner.json'), JSON.stringify({ ...owner, at: Date.now() + 24 * 60 * 60 * 1000 }));
    writeFileSync(path.join(scriptLock, 'owner.json'), JSON.stringify({ ...owner, at: Date.now() + 24 * 60 * 60 * 1000 }));

    const validate = await lodeskInProcess(['validate', c.file]);
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    expect(validate.stdout).toMatch(/0 errors/);

    // The script lock it held is taken again, and the claims it never wrote are sent now.
    const again = await lodeskInProcess(remindArgs(c, PREPARE_RUN));
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^${reference.sent.length} sent`));
    expect(await outboxMessages(c.outbox)).toHaveLength(reference.sent.length);
    for (const dir of [mutex, scriptLock]) {
      if (existsSync(path.join(dir, 'owner.json'))) expect(JSON.parse(readFileSync(path.join(dir, 'owner.json'), 'utf8')).pid).not.toBe(owner.pid);
    }
  });
});

describe('the journal of writes', () => {
  it('keeps what a run flushed after a line that an earlier killed process left cut short', async () => {
    const c = caseCopy();
    // A process killed while appending its entry leaves a line with no end (never committed).
    const journal = path.join(`${c.file}.lodesk`, 'journal.jsonl');
    writeFileSync(journal, `${readFileSync(journal, 'utf8')}{"seq":1,"spreadsheet":"cut sh`);
    // The next run claims its messages (flushed to the journal under the lock) and is killed before it sends any
    // and before the workbook file is written: its claims are in the journal only.
    const meet = tempDir('lodesk-meet-');
    const run = startLodesk(remindArgs(c, PREPARE_RUN), {
      env: { LODESK_RENDEZVOUS: JSON.stringify({ at: 'Lock.releaseLock', dir: meet, parties: 2 }) },
    });
    while (readdirSync(meet).length === 0 && run.child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    run.child.kill('SIGKILL');
    await run.done;
    expect(await outboxMessages(c.outbox)).toHaveLength(0);
    // Its claims hold: the next run finds them (uncertain) and sends nothing.
    const again = await lodeskInProcess(remindArgs(c, PREPARE_RUN));
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^0 sent/);
    expect(await outboxMessages(c.outbox)).toHaveLength(0);
    const rows = await sentRows(c.file);
    for (const ref of reference.sent) expect({ key: ref.key, status: rows.find((r) => r.key === ref.key)?.status }).toEqual({ key: ref.key, status: 'uncertain' });
  });
});
