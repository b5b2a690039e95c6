/**
 * Runs one Apps Script execution of dist/Code.js, as Apps Script would:
 * a fresh global context each time (no state hides in memory between calls),
 * the emulated services as globals, the workbook read from its file before
 * and written back after.
 *
 * Executions on one workbook are serialised by a lock file held for the whole
 * execution, so two processes never interleave their load-modify-save of the
 * .xlsx (Sheets merges cell writes; a file cannot). LockService inside the
 * bundle is a separate, real cross-process lock (see lock.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { sleepSync } from './lock';
import path from 'node:path';
import vm from 'node:vm';
import { Membrane, toWireValue, type CallHooks, type Realm } from './membrane';
import { isDocumentWrite, LiveWorkbook, recordedSpreadsheetId } from './live-workbook';
import { checkScope, readManifestScopes } from './scope-check';
import { createServices, type ServiceSet } from './services';
import { GoogleClock } from './google-clock';
import { EXECUTION_LIMIT_MS, SIMPLE_TRIGGER_LIMIT_MS } from './quotas';
import { chargeTriggerRuntime, refuseOverRuntime } from './trigger-runtime';
import type { EmulatorOptions, ExecutionKind, UiRecord } from './types';
import { Stats } from './types';
import { Workbook } from './workbook';
import { readTriggers, type TriggerRecord } from './script-app';
import { createServiceContext } from './state';
import type { createSpreadsheetApp, SpreadsheetAppEmu } from './spreadsheet';

export interface RunnerOptions extends EmulatorOptions {
  /** The scopes granted, instead of dist/appsscript.json's (tests of hand-written bundles). */
  oauthScopes?: string[];
  /** Folder with Code.js and the HTML files (dist/). */
  distDir: string;
  /** Create an empty workbook when the file does not exist (lo-desk init). */
  createIfMissing?: boolean;
  /** Older spelling of `execution: 'trigger'` (false); `execution` decides when given. */
  activeSpreadsheet?: boolean;
}

export interface CallResult {
  ok: boolean;
  /** What the function returned, as google.script.run would carry it (mode 'wire'), or the host object (mode 'host'). */
  value?: unknown;
  /** The message a failure handler would receive. */
  error?: string;
  ui: UiRecord;
  /** Problems finishing the execution's asynchronous work (mail delivery, files). */
  warnings: string[];
  /** Milliseconds spent inside the bundle's function (not loading or saving the file). */
  execMs?: number;
  /** Predicted Google time of the execution (costs.ts). */
  googleMs?: number;
}

export function emptyUi(): UiRecord {
  return { menus: [], toasts: [], sidebars: [], dialogs: [], alerts: [] };
}

interface CompiledBundle {
  script: vm.Script;
  mtimeMs: number;
}
const compiled = new Map<string, CompiledBundle>();

/**
 * Builtins the bundle reads as globals. In a node:vm context every global
 * lookup goes through the context's interceptors, which makes hot loops that
 * touch Math or String some 25 times slower than in Apps Script's V8; binding
 * them once, as locals of a wrapper, gives bundle code its real speed.
 */
const LOCAL_BUILTINS = [
  'Math', 'JSON', 'Object', 'Array', 'String', 'Number', 'Boolean', 'Date', 'RegExp', 'Map', 'Set', 'WeakMap',
  'WeakSet', 'Symbol', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'Promise', 'Reflect', 'Proxy', 'Intl',
  'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURIComponent', 'decodeURIComponent', 'encodeURI',
  'decodeURI', 'Uint8Array', 'ArrayBuffer', 'DataView', 'BigInt',
];

/**
 * Wraps Code.js so that its top-level function declarations still become
 * globals of the context (as Apps Script sees them) while builtins are locals.
 * The file itself is run unchanged inside the wrapper; tests of dist/Code.js
 * as a plain script check the declarations themselves.
 */
function wrapBundle(code: string): string {
  const declared = [...new Set([...code.matchAll(/^[ \t]*function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]))];
  return (
    `(function () { "use strict"; const { ${LOCAL_BUILTINS.join(', ')} } = globalThis;\n` +
    // typeof: a name matched inside another function is not in scope here, and is skipped.
    `${code}\n;${declared.map((n) => `if (typeof ${n} === 'function') globalThis.${n} = ${n};`).join(' ')}\n})();`
  );
}

/**
 * Code the bundle makes with `new Function` (its lazily loaded parts,
 * src/addon/parts.ts) has the global scope, not the wrapper's: the same
 * builtins are bound as locals at the top of its body, so a part runs as
 * fast here as Code.js does. Its semantics are unchanged (the same objects).
 */
const FUNCTION_SHIM = `(function (prefix) {
  var RealFunction = Function;
  globalThis.Function = new Proxy(RealFunction, {
    construct: function (target, args, newTarget) {
      var a = Array.prototype.slice.call(args);
      a[a.length ? a.length - 1 : 0] = prefix + (a.length ? String(a[a.length - 1]) : '');
      return Reflect.construct(target, a, newTarget === globalThis.Function ? target : newTarget);
    },
    apply: function (target, self, args) {
      return Reflect.construct(globalThis.Function, args);
    },
  });
})`;
const FUNCTION_PREFIX = `"use strict"; const { ${LOCAL_BUILTINS.join(', ')} } = globalThis;\n`;

function compile(file: string): vm.Script {
  const mtimeMs = statSync(file).mtimeMs;
  const known = compiled.get(file);
  if (known && known.mtimeMs === mtimeMs) return known.script;
  const script = new vm.Script(wrapBundle(readFileSync(file, 'utf8')), { filename: 'Code.js' });
  compiled.set(file, { script, mtimeMs });
  return script;
}

/**
 * Makes the context's Date read the execution's Google clock: `Date.now()`
 * and `new Date()` are Google time (google-clock.ts), so the bundle's own
 * budgets (4.5 minutes, "stop and resume next run") run as they would there.
 */
const CLOCK_SHIM = `(function (now) {
  var RealDate = Date;
  // Constructed through Reflect.construct with new.target, so a subclass of Date
  // (@date-fns/tz's TZDate) keeps its own prototype, as it does on Google's V8.
  function GoogleDate() {
    var a = Array.prototype.slice.call(arguments);
    if (!new.target) return (a.length === 0 ? new RealDate(now()) : Reflect.construct(RealDate, a)).toString();
    return Reflect.construct(RealDate, a.length === 0 ? [now()] : a, new.target);
  }
  GoogleDate.prototype = RealDate.prototype;
  GoogleDate.now = function () { return now(); };
  GoogleDate.UTC = RealDate.UTC;
  GoogleDate.parse = RealDate.parse;
  Object.setPrototypeOf(GoogleDate, RealDate);
  globalThis.Date = GoogleDate;
})`;

/** The rendezvous test hook (types.ts), as a function the execution calls before each service call. */
function rendezvousOf(opts: RunnerOptions): ((name: string) => void) | null {
  let spec = opts.rendezvous;
  if (!spec && process.env.LODESK_RENDEZVOUS) spec = JSON.parse(process.env.LODESK_RENDEZVOUS) as RunnerOptions['rendezvous'];
  if (!spec) return null;
  const { at, dir, parties } = spec;
  let done = false;
  return (name) => {
    if (done || name !== at) return;
    done = true;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${process.pid}-${Math.random().toString(36).slice(2)}`), '');
    const deadline = Date.now() + 60_000;
    while (readdirSync(dir).length < parties && Date.now() < deadline) sleepSync(20);
  };
}

/** How an execution started, from the options (the older `activeSpreadsheet: false` means a trigger). */
function executionOf(opts: RunnerOptions): ExecutionKind {
  if (opts.execution) return opts.execution;
  if (opts.authMode === 'LIMITED') return 'simple';
  return opts.activeSpreadsheet === false ? 'trigger' : 'menu';
}

export class Emulator {
  readonly stats = new Stats();
  /**
   * Google time for the next execution when the clock is fixed (`now`): each
   * execution starts where the previous one ended, so a command's runs move
   * through Google time as they would there.
   */
  private timeline: number | null;
  /** The live workbook of the execution running now (for simulateEdit's own write). */
  private current: LiveWorkbook | null = null;

  constructor(readonly options: RunnerOptions) {
    this.timeline = options.now ? options.now.getTime() : null;
  }

  /**
   * The OAuth scopes the deployment would have: `oauthScopes` when given (tests
   * of hand-written bundles), else those of dist/appsscript.json, read once.
   * Throws one clear line for a missing, unreadable or unknown-scope manifest.
   */
  declaredScopes(): ReadonlySet<string> {
    if (this.options.oauthScopes) return new Set(this.options.oauthScopes);
    this.manifestScopes ??= readManifestScopes(this.options.distDir);
    return this.manifestScopes;
  }
  private manifestScopes?: Set<string>;

  get codePath(): string {
    return path.join(this.options.distDir, 'Code.js');
  }

  /**
   * Makes a fresh context with the services as globals and loads the bundle
   * into it. Exposed for tests that check what loading alone does.
   */
  load(workbook: Workbook | LiveWorkbook, ui: UiRecord, over: Partial<RunnerOptions> = {}, clock?: GoogleClock) {
    const opts = { ...this.options, ...over };
    const execution = executionOf(opts);
    const googleClock = clock ?? new GoogleClock(opts.now ? opts.now.getTime() : Date.now());
    const context = vm.createContext({});
    vm.runInContext(CLOCK_SHIM, context)(() => googleClock.now());
    vm.runInContext(FUNCTION_SHIM, context)(FUNCTION_PREFIX);
    const realm = vm.runInContext('({ Date: Date, Array: Array, Object: Object, Error: Error })', context) as Realm;
    const authMode = opts.authMode ?? (execution === 'simple' ? 'LIMITED' : 'FULL');
    const live = workbook instanceof LiveWorkbook ? workbook : null;
    const meet = rendezvousOf(opts);
    const declared = this.declaredScopes();
    const hooks: CallHooks = {
      // Every call is checked against the manifest's scopes, as Google checks it.
      checkScope: (name) => checkScope(name, declared),
      ...(live
        ? {
            before: (target, method) => {
              const gasType = (target as { gasType: string }).gasType;
              if (meet) meet(`${gasType}.${method}`);
              if (isDocumentWrite(gasType, method)) live.beforeWrite();
            },
            after: (target, method, args, result) => {
              if (isDocumentWrite((target as { gasType: string }).gasType, method)) live.record(target, method, args, result);
            },
          }
        : {}),
    };
    const membrane = new Membrane(realm, this.stats, {
      // Only the real bundle's calls go to the call log that check:manifest reads.
      logCalls: !opts.oauthScopes,
      authMode,
      killAt: opts.killAt,
      clock: googleClock,
      limitMs: execution === 'simple' ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS,
      hooks,
    });
    const services: ServiceSet = createServices({
      options: { ...opts, execution, authMode },
      workbook,
      ui,
      clock: googleClock,
      scopes: declared,
      ...(live ? { onSync: () => live.sync(), recordWrite: (t: object, m: string, a: unknown[], r: unknown) => live.record(t, m, a, r) } : {}),
    });
    if (live) live.attach((services.globals.SpreadsheetApp as SpreadsheetAppEmu)._spreadsheet());
    for (const [name, service] of Object.entries(services.globals)) {
      context[name] = membrane.toContext(service);
    }
    context.console = {
      log: (...a: unknown[]) => opts.verbose && console.error(...a),
      info: (...a: unknown[]) => opts.verbose && console.error(...a),
      warn: (...a: unknown[]) => console.error(...a),
      error: (...a: unknown[]) => console.error(...a),
    };
    compile(this.codePath).runInContext(context, { timeout: 6 * 60 * 1000 });
    return { context, membrane, services };
  }

  /**
   * A user types `value` into `sheet!a1` (or pastes a matrix over it, merging it first when `how.merge`);
   * then the onEdit simple trigger runs
   * (AuthMode.LIMITED) with the event object Sheets gives it.
   */
  async simulateEdit(
    sheet: string, a1: string, value: unknown, over: Partial<RunnerOptions> = {}, how: { merge?: boolean } = {},
  ): Promise<CallResult & { editTriggers: CallResult[] }> {
    const simple = await this.editBySimpleTrigger(sheet, a1, value, over, how);
    // As on Google, the edit then fires every installable on-edit trigger of the spreadsheet, each as its owner.
    const id = await this.spreadsheetId();
    const ctx = createServiceContext(this.options);
    const installed = readTriggers(ctx).filter((t) => t.eventType === 'ON_EDIT' && t.source === 'SPREADSHEETS' && t.sourceId === id);
    const editTriggers: CallResult[] = [];
    for (const t of installed) {
      // An installable trigger's execution has no active spreadsheet (types.ts): the event carries it.
      editTriggers.push(await this.call(t.handler, [], { ...over, user: t.user, execution: 'trigger', authMode: 'FULL' }, 'wire', (globals) => {
        const ss = (globals.SpreadsheetApp as ReturnType<typeof createSpreadsheetApp>).openById(id!);
        const range = ss.getSheetByName(sheet)!.getRange(a1);
        return [{ range, value, source: ss, authMode: 'FULL', triggerUid: t.id, user: { email: over.user ?? this.options.user } }];
      }));
    }
    return { ...simple, editTriggers };
  }

  private editBySimpleTrigger(sheet: string, a1: string, value: unknown, over: Partial<RunnerOptions>, how: { merge?: boolean }): Promise<CallResult> {
    return this.call('onEdit', [], { ...over, execution: 'simple', authMode: 'LIMITED' }, 'wire', (globals) => {
      const app = globals.SpreadsheetApp as ReturnType<typeof createSpreadsheetApp>;
      const ss = app.getActiveSpreadsheet()!;
      const target = ss.getSheetByName(sheet);
      if (!target) throw new Error(`simulateEdit: no sheet named ${sheet}`);
      const range = target.getRange(a1);
      const oldValue = range.getValue();
      // The user's own edit reaches the document like any write: a value typed, or a block pasted (a matrix), merged first when asked.
      this.current?.beforeWrite();
      if (how.merge) {
        range.merge();
        this.current?.record(range, 'merge', [], range);
      }
      const method = Array.isArray(value) ? 'setValues' : 'setValue';
      if (Array.isArray(value)) range.setValues(value as unknown[][]);
      else range.setValue(value);
      this.current?.record(range, method, [value], range);
      return [{ range, value, oldValue, source: ss, authMode: 'LIMITED', user: { email: over.user ?? this.options.user } }];
    });
  }

  /** The workbook's spreadsheet id (null before its first execution, or when the file is missing). */
  async spreadsheetId(): Promise<string | null> {
    if (!existsSync(this.options.workbookPath)) return null;
    // Recorded beside the workbook at every checkpoint: no need to parse the .xlsx for it.
    return recordedSpreadsheetId(this.options.workbookPath) ?? (await Workbook.load(this.options.workbookPath)).getMeta('id') ?? null;
  }

  /** The project's installed triggers that were created on this workbook's spreadsheet. */
  async installedTriggers(): Promise<TriggerRecord[]> {
    const id = await this.spreadsheetId();
    if (!id) return [];
    const ctx = createServiceContext(this.options);
    return readTriggers(ctx).filter((t) => t.documentId === id);
  }

  /**
   * Fires an installed time-driven trigger as Google does: an execution of its
   * handler as its owner, with no active spreadsheet, given the event object
   * Apps Script passes (its triggerUid included).
   */
  fireTrigger(trigger: TriggerRecord, at: Date, over: Partial<RunnerOptions> = {}): Promise<CallResult> {
    const event = {
      authMode: 'FULL', triggerUid: trigger.id, year: at.getUTCFullYear(), month: at.getUTCMonth() + 1,
      'day-of-month': at.getUTCDate(), 'day-of-week': at.getUTCDay() || 7, 'week-of-year': 0,
      hour: at.getUTCHours(), minute: at.getUTCMinutes(), second: at.getUTCSeconds(), timezone: 'UTC',
    };
    return this.call(trigger.handler, [event], { ...over, user: trigger.user, now: at, execution: 'trigger' });
  }

  /** Runs the global function `fn` as one execution and writes everything back. */
  async call(
    fn: string,
    args: unknown[] = [],
    over: Partial<RunnerOptions> = {},
    mode: 'wire' | 'host' = 'wire',
    /** Builds the arguments from the execution's own services (for event objects that hold a Range). */
    argsFrom?: (globals: Record<string, object>) => unknown[],
  ): Promise<CallResult> {
    const opts = { ...this.options, ...over };
    const execution = executionOf(opts);
    const ui = emptyUi();
    const warnings: string[] = [];
    const startMs = over.now ? over.now.getTime() : this.timeline ?? Date.now();
    const clock = new GoogleClock(startMs);
    this.stats.executions++;
    this.stats.chargedMs += clock.chargedMs;
    // No lock around the execution: executions on one workbook run at the same time (live-workbook.ts).
    const live = await LiveWorkbook.open(opts.workbookPath, { createIfMissing: opts.createIfMissing });
    let value: unknown;
    let error: string | undefined;
    let services: ServiceSet | undefined;
    let execMs: number | undefined;
    let killed = '';
    try {
      this.current = live;
      const loaded = this.load(live, ui, over, clock);
      services = loaded.services;
      try {
        if (execution === 'trigger') refuseOverRuntime(services.ctx);
        const target = loaded.context[fn];
        if (typeof target !== 'function') {
          throw new Error(`Script function not found: ${fn}`);
        }
        const callArgs = argsFrom ? argsFrom(loaded.services.globals) : args;
        const ctxArgs = callArgs.map((a) => loaded.membrane.toContext(a));
        const t0 = performance.now();
        clock.start();
        const returned = target(...ctxArgs);
        execMs = performance.now() - t0;
        const hostValue = loaded.membrane.toHost(returned);
        value = mode === 'wire' ? toWireValue(hostValue) : hostValue;
      } catch (err) {
        error = err instanceof Error || (err && typeof (err as Error).message === 'string') ? (err as Error).message : String(err);
      } finally {
        // Saving the workbook and writing .docx files after the bundle returns is the emulator's work, not Google's time.
        clock.stop();
        killed = loaded.membrane.killed;
      }
    } finally {
      this.current = null;
      // Apps Script keeps what an execution wrote even when it then throws; a killed one keeps only what it flushed.
      warnings.push(...(await live.close({ commit: !killed })));
    }
    if (services) warnings.push(...(await services.commit()));
    const googleMs = clock.elapsedMs();
    this.stats.googleMs += googleMs;
    if (this.timeline !== null || over.now) this.timeline = clock.now();
    if (services && execution === 'trigger') chargeTriggerRuntime(services.ctx, googleMs);
    const done = { ui, warnings, execMs, googleMs };
    return error === undefined ? { ok: true, value, ...done } : { ok: false, error, ...done };
  }
}
