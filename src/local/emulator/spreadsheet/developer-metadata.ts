/**
 * Developer metadata on the spreadsheet (Spreadsheet.addDeveloperMetadata):
 * key/value pairs an add-on keeps with the document, invisible in the grid and
 * readable by every execution that can open the spreadsheet, a time-driven
 * trigger or a web app included. Kept in the workbook's hidden metadata sheet.
 *
 * Limit (Sheets API, "developer metadata"): 30,000 characters of keys and
 * values for the spreadsheet's own metadata; the emulator refuses more.
 */
import type { Assert, Conforms } from '../conformance';
import type { Workbook } from '../workbook';

const DEVELOPER_METADATA_LIMIT = 30_000;
const META_KEY = 'developer_metadata';

interface Entry {
  id: number;
  key: string;
  value: string | null;
}

function entries(wb: Workbook): Entry[] {
  try {
    const v = JSON.parse(wb.getMeta(META_KEY) ?? '[]') as Entry[];
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

function store(wb: Workbook, list: Entry[]): void {
  const size = list.reduce((n, e) => n + e.key.length + (e.value?.length ?? 0), 0);
  if (size > DEVELOPER_METADATA_LIMIT) {
    throw new Error(`The developer metadata of this spreadsheet would exceed ${DEVELOPER_METADATA_LIMIT} characters.`);
  }
  wb.setMeta(META_KEY, JSON.stringify(list));
}

export class DeveloperMetadataEmu {
  readonly gasType = 'DeveloperMetadata';

  constructor(
    private readonly wb: () => Workbook,
    readonly _id: number,
  ) {}

  private entry(): Entry {
    const e = entries(this.wb()).find((x) => x.id === this._id);
    if (!e) throw new Error('The developer metadata was removed.');
    return e;
  }

  getId(): number { return this._id; }
  getKey(): string { return this.entry().key; }
  getValue(): string | null { return this.entry().value; }
  getVisibility(): string { return 'DOCUMENT'; }

  setValue(value: string): DeveloperMetadataEmu {
    if (typeof value !== 'string') throw new Error('Invalid argument: value');
    const list = entries(this.wb());
    const e = list.find((x) => x.id === this._id);
    if (!e) throw new Error('The developer metadata was removed.');
    e.value = value;
    store(this.wb(), list);
    return this;
  }

  remove(): void {
    store(this.wb(), entries(this.wb()).filter((x) => x.id !== this._id));
  }
}

// Compile-time: DeveloperMetadata keeps to Apps Script's DeveloperMetadata (see ../conformance.ts).
type _DeveloperMetadataConforms = Assert<Conforms<DeveloperMetadataEmu, GoogleAppsScript.Spreadsheet.DeveloperMetadata>>;

export function listDeveloperMetadata(wb: () => Workbook): DeveloperMetadataEmu[] {
  return entries(wb()).map((e) => new DeveloperMetadataEmu(wb, e.id));
}

export function addDeveloperMetadata(wb: () => Workbook, key: unknown, value: unknown): void {
  if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
  if (value !== undefined && value !== null && typeof value !== 'string') throw new Error('Invalid argument: value');
  const list = entries(wb());
  const id = list.reduce((m, e) => Math.max(m, e.id), 0) + 1;
  list.push({ id, key, value: (value as string | undefined) ?? null });
  store(wb(), list);
}
