/**
 * What a File and a Folder of the registry have alike: their id, name, dates
 * and trash state, and the registry edits behind setName, moveTo and
 * setTrashed. Each class still is one Apps Script class (file.ts, folder.ts)
 * and keeps its own conformance line; this only holds the shared part.
 */
import type { ServiceContext } from '../state';
import { NO_ITEM, moveItem, needName, readRegistry, renameItem, trashItem, updateRegistry, type FileRecord, type FolderRecord } from './registry';

export abstract class DriveItem<R extends FileRecord | FolderRecord> {
  /** Which table of the registry holds the item. */
  protected abstract readonly _table: 'files' | 'folders';

  constructor(
    protected readonly ctx: ServiceContext,
    readonly _id: string,
  ) {}

  _record(): R {
    const rec = readRegistry(this.ctx)[this._table][this._id] as R | undefined;
    if (!rec) throw new Error(NO_ITEM);
    return rec;
  }

  getId(): string {
    return this._id;
  }

  getName(): string {
    return this._record().name;
  }

  getDateCreated(): Date {
    return new Date(this._record().createdAt);
  }

  getLastUpdated(): Date {
    return new Date(this._record().updatedAt);
  }

  isTrashed(): boolean {
    return this._record().trashed;
  }

  setName(name: string): this {
    const n = needName(name);
    this.editInRegistry((r) => renameItem(this.ctx, r, this._id, n));
    return this;
  }

  setTrashed(trashed: boolean): this {
    this.editInRegistry((r) => trashItem(this.ctx, r, this._id, Boolean(trashed)));
    return this;
  }

  /** Moves the item into `destination` (Drive items have one parent). */
  protected moveInto(destination: { getId(): string } | null | undefined): this {
    const targetId = destination && typeof destination.getId === 'function' ? destination.getId() : null;
    if (!targetId) throw new Error('Invalid argument: destination');
    this.editInRegistry((r) => moveItem(this.ctx, r, this._id, targetId));
    return this;
  }

  /** One registry edit of this item, refused when it is gone (another execution removed it). */
  private editInRegistry(edit: (r: Parameters<Parameters<typeof updateRegistry>[1]>[0]) => void): void {
    updateRegistry(this.ctx, (r) => {
      if (!r[this._table][this._id]) throw new Error(NO_ITEM);
      edit(r);
    });
  }
}
