/**
 * PropertiesService over JSON files of the emulated Google side (state.ts):
 *  - script properties: ONE store for the whole add-on project, shared by
 *    every user on every spreadsheet (500 KB in all), as on Google;
 *  - user properties: per user, across every spreadsheet they use it on;
 *  - document properties: per spreadsheet; null where the execution has no
 *    containing document (a time-driven trigger or a web app of an add-on).
 *
 * Every read goes to the file and every write lands in it at once, as Apps
 * Script's stores are shared live between executions.
 */
import { effectiveUserOf } from './session';
import { readJson, updateJson, type ServiceContext } from './state';

/** Apps Script's limits: 9 KB for one value, 500 KB for one store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
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

export class PropertiesService {
  readonly gasType = 'PropertiesService';

  constructor(private readonly ctx: ServiceContext) {}

  private allowed(method: string): void {
    // The membrane refuses NONE too; this keeps the service right when used without it.
    if ((this.ctx.options.authMode ?? 'FULL') === 'NONE') {
      throw new Error(`You do not have permission to call PropertiesService.${method}. Required permissions are not granted in AuthMode.NONE.`);
    }
  }

  /** One store for the whole project: every user, every spreadsheet. */
  getScriptProperties(): Properties {
    this.allowed('getScriptProperties');
    return new Properties(this.ctx, this.ctx.google.scriptProperties);
  }

  /** The containing document's store; null when the execution has none (trigger, web app). */
  getDocumentProperties(): Properties | null {
    this.allowed('getDocumentProperties');
    const id = this.ctx.documentId;
    return id ? new Properties(this.ctx, this.ctx.google.document(id).properties) : null;
  }

  /** The effective user's store, the same on every spreadsheet. */
  getUserProperties(): Properties {
    this.allowed('getUserProperties');
    return new Properties(this.ctx, this.ctx.google.user(effectiveUserOf(this.ctx)).properties);
  }
}

export function createPropertiesService(ctx: ServiceContext): PropertiesService {
  return new PropertiesService(ctx);
}
