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
import type { AuthModeName } from './types';
import { Stats } from './types';

export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

/** Calls allowed in AuthMode.NONE (an installed add-on's onOpen before it is used). */
const ALLOWED_IN_NONE = /^(SpreadsheetApp\.getUi|Ui\.|Menu\.|Logger\.|Utilities\.|Session\.getScriptTimeZone)/;

interface GasObject {
  gasType: string;
}

function isGasObject(v: unknown): v is GasObject & Record<string | symbol, unknown> {
  return typeof v === 'object' && v !== null && typeof (v as GasObject).gasType === 'string';
}

export class Membrane {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private killed = false;

  constructor(
    private readonly realm: Realm,
    readonly stats: Stats,
    private readonly authMode: AuthModeName = 'FULL',
    private readonly killAt?: string,
  ) {}

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
        const name = `${t.gasType}.${prop}`;
        return (...args: unknown[]) => {
          this.stats.count(name);
          if (this.killed || name === this.killAt) {
            this.killed = true;
            throw new this.realm.Error('Exceeded maximum execution time');
          }
          if (this.authMode === 'NONE' && !ALLOWED_IN_NONE.test(name)) {
            throw new this.realm.Error(
              `You do not have permission to call ${name}. Required permissions are not granted in AuthMode.NONE.`,
            );
          }
          let result: unknown;
          const t0 = performance.now();
          try {
            result = (value as (...a: unknown[]) => unknown).apply(t, args.map((a) => this.toHost(a)));
            return result === t ? proxy : this.toContext(result);
          } catch (err) {
            throw new this.realm.Error(err instanceof Error ? err.message : String(err));
          } finally {
            this.stats.serviceMs += performance.now() - t0;
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
