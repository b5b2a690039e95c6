/**
 * Type-level tests of the typed bridge (src/addon/bridge.ts): the pages'
 * serverCall and the command line's and tests' callEntry take each entry
 * point's own arguments and give its own result, as it crosses the wire.
 * `npm run typecheck` compiles this file; jest does not run it (not a
 * *.test.ts), and nothing here is ever called. Each `@ts-expect-error` line
 * fails the type check if the bridge ever stops rejecting what it names.
 */
import type { EntryName, EntryValue, Server, Wire } from '../../src/addon/bridge';
import type { ValidationReport } from '../../src/addon/validate';
import type { LoViewResult, DashboardViewResult, TickResult } from '../../src/core/views/types';
import type { Assert } from '../../src/local/emulator/conformance';
import { callEntry, entryValue, type EntryResult } from '../../src/local/emulator/entry-call';
import type { Emulator } from '../../src/local/emulator/runner';
import { serverCall } from '../../src/ui/shared/rpc';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// What cannot cross google.script.run becomes never; plain data is kept as it is.
type _DateCannotCross = Assert<Equal<Wire<{ at: Date; n: number }>, { at: never; n: number }>>;
type _FunctionCannotCross = Assert<Equal<Wire<{ f: () => void }>['f'], never>>;
type _PlainDataKept = Assert<Equal<Wire<{ a?: string; b: (number | null)[]; c: { d: boolean } }>, { a?: string; b: (number | null)[]; c: { d: boolean } }>>;

/** The entry points whose results a page, the command line or a test reads: none may hold a Date. */
type Read = 'getLoView' | 'getDashboardView' | 'getDashboardGuest' | 'tickChecklistItem' | 'setUpWorkbook' | 'validateWorkbook'
  | 'generateAllDocuments' | 'generateDocuments' | 'turnRemindersOn' | 'turnRemindersOff' | 'runReminders';
type CrossesWhole<K extends EntryName> = Equal<EntryValue<K>, ReturnType<Server[K]>>;
type _AllCrossWhole = Assert<{ [K in Read]: CrossesWhole<K> }[Read]>;

// The types the pages render are the entry points' own.
type _LoView = Assert<Equal<EntryValue<'getLoView'>, LoViewResult>>;
type _Dashboard = Assert<Equal<EntryValue<'getDashboardView'>, DashboardViewResult>>;
type _Tick = Assert<Equal<EntryValue<'tickChecklistItem'>, TickResult>>;
type _Validate = Assert<Equal<EntryValue<'validateWorkbook'>, ValidationReport>>;

async function _pages(): Promise<void> {
  const view = await serverCall('getLoView', 'en');
  if (view.ok) {
    const name: string = view.eventName;
    void name;
  }
  // @ts-expect-error the result's type is the entry point's own: lang is "th" or "en", not a number
  const wrongUse: number = (await serverCall('getLoView')).lang;
  // @ts-expect-error a language is "th" or "en"
  await serverCall('getLoView', 'fr');
  // @ts-expect-error getLoView takes one argument
  await serverCall('getLoView', 'th', 'en');
  // @ts-expect-error no server function of that name
  await serverCall('getLoVeiw');
  // @ts-expect-error a tick names its guest, phase, item and whether it is done
  await serverCall('tickChecklistItem', { guestId: 'G01', itemId: 'x' });
  // @ts-expect-error a phase is one of the checklist's phases
  await serverCall('tickChecklistItem', { guestId: 'G01', phase: 'someday', itemId: 'x', done: true });
  // @ts-expect-error filters are the dashboard's own
  await serverCall('getDashboardView', { lo: 7 });
  const tick = await serverCall('tickChecklistItem', { guestId: 'G01', phase: 'arrival', itemId: 'x', done: true, note: null });
  // @ts-expect-error a tick's answer carries no guests
  void tick.guests;
  void wrongUse;
}

async function _commandLineAndTests(emu: Emulator): Promise<void> {
  const r = await callEntry(emu, 'generateDocuments', ['lo_brief', 10]);
  // @ts-expect-error value is only there when the call succeeded
  void r.value.written;
  if (r.ok) {
    const written: number = r.value.written;
    // @ts-expect-error an outcome of generateDocuments has no "sent"
    void r.value.sent;
    void written;
  }
  const failed: EntryResult<'runReminders'> = await callEntry(emu, 'runReminders', [{ triggerUid: '1' }]);
  if (!failed.ok) {
    const message: string = failed.error;
    void message;
  }
  const on = entryValue(await callEntry(emu, 'turnRemindersOn', []));
  const id: string | undefined = on.triggerId;
  void id;
  // @ts-expect-error not a document kind
  await callEntry(emu, 'generateDocuments', ['posters']);
  // @ts-expect-error the limit is a number
  await callEntry(emu, 'generateDocuments', ['', '10']);
  // @ts-expect-error setUpWorkbook takes no argument
  await callEntry(emu, 'setUpWorkbook', [true]);
  // @ts-expect-error no entry point of that name
  await callEntry(emu, 'sendEverything', []);
  const report = entryValue(await callEntry(emu, 'validateWorkbook', []));
  // @ts-expect-error a finding's row is a number
  const row: string = report.findings[0].row;
  void row;
}

void _pages;
void _commandLineAndTests;
