/**
 * The boundary between the vm context that runs dist/Code.js and the host
 * services of the emulator.
 *
 * Why: objects made in one realm fail `instanceof` in another (a host Date is
 * not a Date to zod inside the bundle), and Apps Script hands scripts its own
 * kinds of values. So every value crossing into the context is rebuilt with
 * the context's own constructors, every value coming back is rebuilt with the
 * host's, host errors are re-thrown as context Errors, and every method call
 * on a service object is counted as `${gasType}.${method}` for --stats.
 */
import { recordCall } from './call-log';
import { costOf, FIRST_SHEETS_ROUND_TRIP_MS, isSheetsRoundTrip, requestsOf } from './costs';
import type { GoogleClock } from './google-clock';
import type { AuthModeName } from './types';
import type { Stats } from './types';

export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

/** Calls allowed in AuthMode.NONE (an installed add-on's onOpen before it is used). */
const ALLOWED_IN_NONE = /^(SpreadsheetApp\.getUi|Ui\.create|Menu\.|Logger\.|Utilities\.|Session\.getScriptTimeZone)/;

/**
 * Calls allowed in AuthMode.LIMITED (simple onOpen/onEdit): the bound
 * spreadsheet, menus, Utilities and Logger, the locale and time zone. Google's
 * table says "no access to other services or user data"; the stricter reading
 * is taken where it is silent: no Properties, no locks, no dialogs or sidebars,
 * no openById (another file needs authorization).
 */
const ALLOWED_IN_LIMITED =
  /^(SpreadsheetApp\.(?!openById|openByUrl)|Spreadsheet\.|Sheet\.|Range\.|RangeList\.|DeveloperMetadata\.|DataValidation|SpreadsheetApp\.getUi|Ui\.create|Menu\.|Logger\.|Utilities\.|Blob\.|Session\.(getScriptTimeZone|getActiveUserLocale|getActiveUser)|User\.getEmail)/;
const REFUSED_IN_LIMITED = /^Ui\.(showSidebar|showModalDialog|showModelessDialog|alert|prompt)$/;

/** Hooks the execution gives the membrane: what happens around every call the bundle makes. */
export interface CallHooks {
  /** Throws Google's error when the manifest's scopes do not cover the call. */
  checkScope?(name: string): void;
  /** Before the call runs (e.g. keep a copy of the document before its first write). */
  before?(target: object, method: string): void;
  /** After the call succeeded, with the host arguments (e.g. record a write for other executions). */
  after?(target: object, method: string, args: unknown[], result: unknown): void;
}

export interface MembraneOptions {
  authMode?: AuthModeName;
  /** Record each method called for check:manifest (call-log.ts). */
  logCalls?: boolean;
  /** Test hook: the execution dies at the first call of this method, or at its n-th with "Class.method#n" (before it runs). */
  killAt?: string;
  /** The execution's Google clock; calls are charged to it and it kills the execution at `limitMs`. */
  clock?: GoogleClock;
  /** Google time after which the execution is killed (6 min; 30 s for simple triggers). */
  limitMs?: number;
  hooks?: CallHooks;
}

const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

interface GasObject {
  gasType: string;
}

function isGasObject(v: unknown): v is GasObject & Record<string | symbol, unknown> {
  return typeof v === 'object' && v !== null && typeof (v as GasObject).gasType === 'string';
}

function cellsOf(target: Record<string | symbol, unknown>): number {
  // A service whose calls move a number of cells known only once they ran (the advanced Sheets service) says so itself.
  if (typeof target._cellsOfLastCall === 'number') return target._cellsOfLastCall;
  if (target.gasType === 'RangeList') return (target as unknown as { _numCells: number })._numCells;
  if (target.gasType !== 'Range') return 0;
  const r = target as unknown as { _numRows?: number; _numCols?: number };
  return (r._numRows ?? 0) * (r._numCols ?? 0);
}

export class Membrane {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private killedBy: string | null = null;
  private sheetsTouched = false;
  private readonly authMode: AuthModeName;

  constructor(
    private readonly realm: Realm,
    readonly stats: Stats,
    private readonly opts: MembraneOptions = {},
  ) {
    this.authMode = opts.authMode ?? 'FULL';
  }

  /** Why the execution was killed ('' when it was not). */
  /** Calls per method in this execution, for killAt "Class.method#n". */
  private readonly callsSoFar = new Map<string, number>();

  private killsAt(name: string): boolean {
    const [method, nth] = (this.opts.killAt ?? '').split('#');
    if (method !== name) return false;
    const n = (this.callsSoFar.get(name) ?? 0) + 1;
    this.callsSoFar.set(name, n);
    return n === (nth ? Number(nth) : 1);
  }

  get killed(): string {
    return this.killedBy ?? '';
  }

  /** Kills the execution: this and every later call throws, as when Apps Script stops a script. */
  kill(reason = TIME_LIMIT_MESSAGE): void {
    this.killedBy ??= reason;
  }
  /** Host value → context value. */
  toContext(v: unknown): unknown {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    if (typeof v === 'function') return v;
    if (v instanceof Date) return new this.realm.Date(v.getTime());
    if (Array.isArray(v)) {
      const a = new this.realm.Array(v.length);
      for (let i = 0; i < v.length; i++) a[i] = this.toContext(v[i]);
      return a;
    }
    if (isGasObject(v)) return this.wrap(v);
    if (this.targets.has(v)) return v;
    const o = new this.realm.Object() as Record<string, unknown>;
    for (const k of Object.keys(v)) o[k] = this.toContext((v as Record<string, unknown>)[k]);
    return o;
  }

  /** Context value → host value. Service proxies become their host objects again. */
  toHost(v: unknown): unknown {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    if (typeof v === 'function') return v;
    const target = this.targets.get(v as object);
    if (target) return target;
    if (Object.prototype.toString.call(v) === '[object Date]') return new Date((v as Date).getTime());
    if (Array.isArray(v)) return v.map((x) => this.toHost(x));
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = this.toHost((v as Record<string, unknown>)[k]);
    return o;
  }

  wrap(target: GasObject & Record<string | symbol, unknown>): object {
    const known = this.proxies.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const value = t[prop];
        if (typeof value !== 'function' || typeof prop === 'symbol') return this.toContext(value);
        // toString, valueOf and the like are JavaScript's, not service methods: not counted, checked or charged.
        if (prop in Object.prototype) return (value as (...a: unknown[]) => unknown).bind(t);
        const name = `${t.gasType}.${prop}`;
        return (...args: unknown[]) => {
          this.stats.count(name);
          if (this.opts.logCalls) recordCall(name);
          const clock = this.opts.clock;
          if (!this.killedBy && this.opts.killAt && this.killsAt(name)) this.kill();
          if (!this.killedBy && clock && this.opts.limitMs !== undefined && clock.elapsedMs() > this.opts.limitMs) this.kill();
          if (this.killedBy) throw new this.realm.Error(this.killedBy);
          if (this.authMode === 'NONE' && !ALLOWED_IN_NONE.test(name)) {
            throw new this.realm.Error(
              `You do not have permission to call ${name}. Required permissions are not granted in AuthMode.NONE.`,
            );
          }
          if (this.authMode === 'LIMITED' && (!ALLOWED_IN_LIMITED.test(name) || REFUSED_IN_LIMITED.test(name))) {
            throw new this.realm.Error(
              `You do not have permission to call ${name} from a simple trigger (AuthMode.LIMITED): it needs authorization.`,
            );
          }
          const hooks = this.opts.hooks;
          let result: unknown;
          let hostArgs: unknown[] = [];
          const t0 = performance.now();
          try {
            hooks?.checkScope?.(name);
            hooks?.before?.(t, prop);
            hostArgs = args.map((a) => this.toHost(a));
            this.stats.fetchRequests += requestsOf(name, hostArgs);
            result = (value as (...a: unknown[]) => unknown).apply(t, hostArgs);
            hooks?.after?.(t, prop, hostArgs, result);
            return result === t ? proxy : this.toContext(result);
          } catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            // A service that stops the execution mid-call (UrlFetchApp's DriveUpload#n hook) stops it for good.
            if (message === TIME_LIMIT_MESSAGE) this.kill();
            throw new this.realm.Error(message);
          } finally {
            const local = performance.now() - t0;
            this.stats.serviceMs += local;
            if (clock) {
              clock.excludeLocal(local);
              const cells = cellsOf(t);
              let cost = costOf(name, cells, requestsOf(name, hostArgs));
              if (!this.sheetsTouched && isSheetsRoundTrip(name)) {
                this.sheetsTouched = true;
                cost += FIRST_SHEETS_ROUND_TRIP_MS;
              }
              clock.charge(cost);
              this.stats.charge(name, cost, cells);
            }
          }
        };
      },
      set: () => false,
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }
}

/**
 * What google.script.run may carry: primitives, null, and arrays/objects of
 * them. Apps Script fails the request on anything else (a Date, a function).
 */
export function toWireValue(v: unknown, path = 'result'): unknown {
  if (v === undefined) return undefined;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'function') throw new Error(`${path} is a function, which google.script.run cannot pass`);
  if (Object.prototype.toString.call(v) === '[object Date]') {
    throw new Error(`${path} is a Date, which google.script.run cannot pass: send an ISO string`);
  }
  if (Array.isArray(v)) return v.map((x, i) => toWireValue(x, `${path}[${i}]`) ?? null);
  if (typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const w = toWireValue(x, `${path}.${k}`);
      if (w !== undefined) o[k] = w;
    }
    return o;
  }
  throw new Error(`${path} has a type google.script.run cannot pass`);
}
