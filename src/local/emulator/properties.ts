/**
 * PropertiesService over `<sidecar>/properties.json`.
 *
 * Every read goes to the file and every write lands in it at once, as Apps
 * Script's stores are shared live between executions. The sidecar belongs to
 * one workbook, so "script" and "document" properties are both scoped to it
 * locally; user properties are keyed by the active user's email.
 */
import { readJson, updateJson, type ServiceContext } from './state';

/** Apps Script's limits: 9 KB for one value, 500 KB for one store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

type Store = Record<string, string>;

interface PropertiesFile {
  script: Store;
  document: Store;
  user: Record<string, Store>;
}

const emptyFile = (): PropertiesFile => ({ script: {}, document: {}, user: {} });

type Scope = { kind: 'script' } | { kind: 'document' } | { kind: 'user'; email: string };

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
    private readonly scope: Scope,
  ) {}

  private pick(file: PropertiesFile): Store {
    file.script ??= {};
    file.document ??= {};
    file.user ??= {};
    if (this.scope.kind === 'user') return (file.user[this.scope.email] ??= {});
    return file[this.scope.kind];
  }

  private read(): Store {
    return { ...this.pick(readJson(this.ctx.paths.properties, emptyFile())) };
  }

  private write(change: (store: Store) => void): void {
    updateJson(this.ctx, this.ctx.paths.properties, emptyFile(), (file) => {
      const store = this.pick(file);
      const before = { ...store };
      change(store);
      if (storeSize(store) > PROPERTY_STORE_LIMIT) {
        for (const k of Object.keys(store)) delete store[k];
        Object.assign(store, before);
        throw new Error(STORE_FULL);
      }
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

  getScriptProperties(): Properties {
    this.allowed('getScriptProperties');
    return new Properties(this.ctx, { kind: 'script' });
  }

  getDocumentProperties(): Properties {
    this.allowed('getDocumentProperties');
    return new Properties(this.ctx, { kind: 'document' });
  }

  getUserProperties(): Properties {
    this.allowed('getUserProperties');
    return new Properties(this.ctx, { kind: 'user', email: this.ctx.options.user ?? '' });
  }
}

export function createPropertiesService(ctx: ServiceContext): PropertiesService {
  return new PropertiesService(ctx);
}
