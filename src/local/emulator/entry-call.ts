/**
 * The bundle's entry points called with their own types (src/addon/bridge.ts,
 * the same the pages use), for the command line and the tests: the arguments
 * are checked against the entry point's signature and the result has its
 * return type as it crosses the wire, so no caller casts `value`. The runner
 * itself stays generic (Emulator.call takes any name); a test that sends what
 * no page would (garbage, a wrong type) calls it directly.
 */
import type { EntryArgs, EntryName, EntryValue } from '../../addon/bridge';
import type { TriggerRecord } from './script-app';
import type { CallResult, Emulator, RunnerOptions } from './runner';

type Common = Omit<CallResult, 'ok' | 'value' | 'error'>;

/** CallResult for the entry point K: `value` is typed when `ok`; a failure has the message instead. */
export type EntryResult<K extends EntryName> =
  | (Common & { ok: true; value: EntryValue<K>; error?: undefined })
  | (Common & { ok: false; value?: undefined; error: string });

/**
 * The one place a result is taken to be what the signature says: the bundle is
 * built from these very signatures, and the runner has already passed the value
 * through toWireValue, which refuses what google.script.run cannot carry.
 */
function typed<K extends EntryName>(r: CallResult): EntryResult<K> {
  return r as EntryResult<K>;
}

/** Runs the entry point `name` with `args` as one execution (Emulator.call, mode 'wire'). */
export async function callEntry<K extends EntryName>(
  emu: Emulator, name: K, args: EntryArgs<K>, over: Partial<RunnerOptions> = {},
): Promise<EntryResult<K>> {
  return typed<K>(await emu.call(name, args, over));
}

/** Fires an installed trigger whose handler is the entry point `name` (Emulator.fireTrigger). */
export async function fireEntryTrigger<K extends EntryName>(
  emu: Emulator, name: K, trigger: TriggerRecord, at: Date, over: Partial<RunnerOptions> = {},
): Promise<EntryResult<K>> {
  if (trigger.handler !== name) throw new Error(`trigger ${trigger.id} runs ${trigger.handler}, not ${name}`);
  return typed<K>(await emu.fireTrigger(trigger, at, over));
}

/** The value of a call that must have succeeded; a failure throws its own message. */
export function entryValue<K extends EntryName>(r: EntryResult<K>): EntryValue<K> {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
