/**
 * Properties: one store, a JSON file of the emulated Google side. Every read
 * goes to the file and every write lands in it at once, as Apps Script's
 * stores are shared live between executions.
 */
import type { Assert, Conforms } from '../conformance';
import { readJson, updateJson, type ServiceContext } from '../state';

/** Apps Script's limits: 9 KB for one value, 500 KB for one store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;
const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

type Store = Record<string, string>;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function storeSize(store: Store): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += bytes(k) + bytes(v);
  return n;
}

function checkKey(key: unknown): string {
  if (key === null || key === undefined || key === '') throw new Error('Invalid argument: key');
  return String(key);
}

export class Properties {
  readonly gasType = 'Properties';

  constructor(
    private readonly ctx: ServiceContext,
    /** The store's JSON file. */
    private readonly file: string,
  ) {}

  private read(): Store {
    return { ...readJson<Store>(this.file, {}) };
  }

  private write(change: (store: Store) => void): void {
    updateJson<Store, void>(this.ctx, this.file, {}, (store) => {
      change(store);
      // Thrown before anything is written: updateJson writes only when change returns.
      if (storeSize(store) > PROPERTY_STORE_LIMIT) throw new Error(STORE_FULL);
    });
  }

  getProperty(key: string): string | null {
    const store = this.read();
    const k = checkKey(key);
    return Object.prototype.hasOwnProperty.call(store, k) ? store[k] : null;
  }

  getProperties(): Record<string, string> {
    return this.read();
  }

  getKeys(): string[] {
    return Object.keys(this.read());
  }

  setProperty(key: string, value: string): Properties {
    const k = checkKey(key);
    if (value === undefined) throw new Error('Invalid argument: value');
    const v = String(value);
    if (bytes(v) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
    this.write((store) => {
      store[k] = v;
    });
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): Properties {
    if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) {
      throw new Error('Invalid argument: properties');
    }
    const entries = Object.entries(properties).map(([k, v]) => {
      const value = String(v);
      if (bytes(value) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
      return [checkKey(k), value] as const;
    });
    this.write((store) => {
      if (deleteAllOthers) for (const k of Object.keys(store)) delete store[k];
      for (const [k, v] of entries) store[k] = v;
    });
    return this;
  }

  deleteProperty(key: string): Properties {
    const k = checkKey(key);
    this.write((store) => {
      delete store[k];
    });
    return this;
  }

  deleteAllProperties(): Properties {
    this.write((store) => {
      for (const k of Object.keys(store)) delete store[k];
    });
    return this;
  }
}

// Compile-time: Properties keeps to Apps Script's Properties (see ../conformance.ts).
type _PropertiesConforms = Assert<Conforms<Properties, GoogleAppsScript.Properties.Properties>>;
