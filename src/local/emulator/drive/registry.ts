/**
 * The Drive registry (`<sidecar>/drive.json`): ids, names and places of the
 * folders and files, so ids stay stable across executions; and the changes to
 * it and to the disk that DriveApp's classes and the advanced Drive service
 * (advanced-drive.ts) share.
 *
 * Drive allows two items of one name in a folder; a disk does not, so the
 * file on disk gets " (2)" and the Drive name stays as given. Trashed items
 * move to `<docsDir>/.trash/`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJson, updateJson, type ServiceContext } from '../state';
import { MimeType } from './mime-type';

export const NO_ITEM = 'No item with the given ID could be found, or you do not have permission to access it.';

export interface FolderRecord {
  id: string;
  name: string;
  parentId: string | null;
  /** Absolute path of the directory. */
  path: string;
  trashed: boolean;
  createdAt: string;
  updatedAt: string;
  /** Made by this project (advanced Drive service, DocumentApp.create): what the drive.file scope lets it see. */
  app?: boolean;
}

export interface FileRecord {
  id: string;
  name: string;
  parentId: string;
  /** Absolute path of the file (for a Google Doc, its .docx, written at DocumentApp's commit). */
  path: string;
  mimeType: string;
  trashed: boolean;
  createdAt: string;
  updatedAt: string;
  /** Made by this project (advanced Drive service, DocumentApp.create): what the drive.file scope lets it see. */
  app?: boolean;
  /** The advanced Drive service's appProperties: keys private to the project that set them. */
  appProperties?: Record<string, string>;
}

export interface DriveRegistry {
  /** Absolute docsDir → id of the root folder made for it. */
  roots: Record<string, string>;
  folders: Record<string, FolderRecord>;
  files: Record<string, FileRecord>;
}

const emptyRegistry = (): DriveRegistry => ({ roots: {}, folders: {}, files: {} });

function newDriveId(): string {
  // Drive ids: 33 url-safe characters.
  return `1${randomBytes(24).toString('base64url').slice(0, 32)}`;
}

/** A Drive name as a name any file system takes. */
function diskName(name: string): string {
  let s = String(name)
    .replace(/[\x00-\x1f\x7f/\\:*?"<>|]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  while (Buffer.byteLength(s) > 180) s = s.slice(0, -1);
  if (s === '' || s === '.' || s === '..') s = 'Untitled';
  return s;
}

export function readRegistry(ctx: ServiceContext): DriveRegistry {
  const r = readJson(ctx.paths.drive, emptyRegistry());
  r.roots ??= {};
  r.folders ??= {};
  r.files ??= {};
  return r;
}

export function updateRegistry<R>(ctx: ServiceContext, change: (r: DriveRegistry) => R): R {
  return updateJson(ctx, ctx.paths.drive, emptyRegistry(), (r) => {
    r.roots ??= {};
    r.folders ??= {};
    r.files ??= {};
    return change(r);
  });
}

/** The root folder of options.docsDir, made (and its directory created) on first use. */
export function rootFolderId(ctx: ServiceContext): string {
  const dir = path.resolve(ctx.options.docsDir);
  const known = readRegistry(ctx).roots[dir];
  if (known) {
    mkdirSync(dir, { recursive: true });
    return known;
  }
  return updateRegistry(ctx, (r) => {
    if (r.roots[dir]) return r.roots[dir];
    const now = ctx.now().toISOString();
    const id = newDriveId();
    r.folders[id] = { id, name: 'My Drive', parentId: null, path: dir, trashed: false, createdAt: now, updatedAt: now };
    r.roots[dir] = id;
    mkdirSync(dir, { recursive: true });
    return id;
  });
}

/** A path in `dir` for `name` that neither the disk nor the registry uses yet. */
function freePath(r: DriveRegistry, dir: string, name: string, extension = ''): string {
  const base = diskName(name);
  const taken = new Set<string>([...Object.values(r.files).map((f) => f.path), ...Object.values(r.folders).map((f) => f.path)]);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `${base}${n > 1 ? ` (${n})` : ''}${extension}`);
    if (!taken.has(candidate) && !existsSync(candidate)) return candidate;
  }
}

function extensionOf(file: FileRecord): string {
  return file.mimeType === MimeType.GOOGLE_DOCS ? '.docx' : '';
}

function moveOnDisk(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  if (existsSync(from)) renameSync(from, to);
}

/** Re-points every record under `from` (a folder being moved) to `to`. */
function relocate(r: DriveRegistry, from: string, to: string): void {
  const prefix = from + path.sep;
  for (const rec of [...Object.values(r.folders), ...Object.values(r.files)]) {
    if (rec.path === from) rec.path = to;
    else if (rec.path.startsWith(prefix)) rec.path = to + rec.path.slice(from.length);
  }
}

function trashDir(ctx: ServiceContext): string {
  return path.join(path.resolve(ctx.options.docsDir), '.trash');
}

/** A name argument as DriveApp, Folder and File check it. */
export function needName(name: unknown, what = 'name'): string {
  if (typeof name !== 'string' || name.trim() === '') throw new Error(`Invalid argument: ${what}`);
  return name;
}

// ---------------------------------------------------------------------------
// Changes to the registry and the disk, shared by DriveApp and the advanced
// Drive service (advanced-drive.ts). Each runs inside updateRegistry, on a
// record the caller has checked exists; they throw Apps Script's wording.

/** A new folder (and its directory) in `parentId`. */
export function addFolder(ctx: ServiceContext, r: DriveRegistry, parentId: string, name: string, app = false): FolderRecord {
  const parent = r.folders[parentId];
  if (!parent) throw new Error(NO_ITEM);
  const now = ctx.now().toISOString();
  const id = newDriveId();
  const dir = freePath(r, parent.path, name);
  mkdirSync(dir, { recursive: true });
  const rec: FolderRecord = { id, name, parentId, path: dir, trashed: false, createdAt: now, updatedAt: now, ...(app ? { app } : {}) };
  r.folders[id] = rec;
  return rec;
}

/** A new file in `parentId`, written to disk when it has content (a Google Doc's .docx comes at DocumentApp's commit). */
export function addFile(
  ctx: ServiceContext,
  r: DriveRegistry,
  parentId: string,
  name: string,
  mimeType: string,
  content?: Buffer,
  app = false,
): FileRecord {
  const parent = r.folders[parentId];
  if (!parent) throw new Error(NO_ITEM);
  const now = ctx.now().toISOString();
  const id = newDriveId();
  const rec: FileRecord = { id, name, parentId, path: '', mimeType, trashed: false, createdAt: now, updatedAt: now, ...(app ? { app } : {}) };
  rec.path = freePath(r, parent.path, name, extensionOf(rec));
  if (content) {
    mkdirSync(parent.path, { recursive: true });
    writeFileSync(rec.path, content);
  }
  r.files[id] = rec;
  return rec;
}

/** Renames a file or folder, on disk too (" (2)" when the new name is taken there). */
export function renameItem(ctx: ServiceContext, r: DriveRegistry, id: string, name: string): void {
  const file = r.files[id];
  const folder = r.folders[id];
  const rec = file ?? folder;
  if (!rec) throw new Error(NO_ITEM);
  if (rec.name === name) return;
  if (folder && folder.parentId === null) throw new Error('The root folder cannot be renamed.');
  const to = freePath(r, path.dirname(rec.path), name, file ? extensionOf(file) : '');
  moveOnDisk(rec.path, to);
  if (folder) relocate(r, folder.path, to);
  else rec.path = to;
  rec.name = name;
  rec.updatedAt = ctx.now().toISOString();
}

/** Moves a file or folder into `targetId` (items have one parent). */
export function moveItem(ctx: ServiceContext, r: DriveRegistry, id: string, targetId: string): void {
  const file = r.files[id];
  const folder = r.folders[id];
  const target = r.folders[targetId];
  if (!(file ?? folder) || !target) throw new Error(NO_ITEM);
  if (file) {
    if (file.parentId === targetId) return;
    // A trashed file stays in the trash; only its parent changes.
    const to = file.trashed ? file.path : freePath(r, target.path, file.name, extensionOf(file));
    moveOnDisk(file.path, to);
    file.path = to;
    file.parentId = targetId;
    file.updatedAt = ctx.now().toISOString();
    return;
  }
  if (folder.parentId === null) throw new Error('The root folder cannot be moved.');
  for (let p: FolderRecord | undefined = target; p; p = p.parentId ? r.folders[p.parentId] : undefined) {
    if (p.id === folder.id) throw new Error('A folder cannot be moved into itself.');
  }
  if (folder.parentId === targetId) return;
  const to = freePath(r, target.path, folder.name);
  moveOnDisk(folder.path, to);
  relocate(r, folder.path, to);
  folder.parentId = targetId;
  folder.updatedAt = ctx.now().toISOString();
}

/** Trashes or restores a file or folder: trashed items live in `<docsDir>/.trash/`. */
export function trashItem(ctx: ServiceContext, r: DriveRegistry, id: string, trashed: boolean): void {
  const file = r.files[id];
  const folder = r.folders[id];
  const rec = file ?? folder;
  if (!rec) throw new Error(NO_ITEM);
  if (folder && folder.parentId === null) throw new Error('The root folder cannot be trashed.');
  if (trashed === rec.trashed) return;
  const home = (rec.parentId && r.folders[rec.parentId]?.path) || path.resolve(ctx.options.docsDir);
  const to = trashed
    ? freePath(r, trashDir(ctx), `${rec.id}-${path.basename(rec.path)}`)
    : freePath(r, home, rec.name, file ? extensionOf(file) : '');
  moveOnDisk(rec.path, to);
  if (folder) relocate(r, folder.path, to);
  else rec.path = to;
  rec.trashed = trashed;
  rec.updatedAt = ctx.now().toISOString();
}

/** Replaces a (non-Google) file's content. */
export function writeContent(ctx: ServiceContext, r: DriveRegistry, id: string, content: Buffer): void {
  const file = r.files[id];
  if (!file) throw new Error(NO_ITEM);
  mkdirSync(path.dirname(file.path), { recursive: true });
  writeFileSync(file.path, content);
  file.updatedAt = ctx.now().toISOString();
}

/** Deletes a file, or a folder with everything in it, for good (no trash). */
export function removeItem(ctx: ServiceContext, r: DriveRegistry, id: string): void {
  const file = r.files[id];
  const folder = r.folders[id];
  if (file) {
    rmSync(file.path, { force: true });
    // DocumentApp's copy of a Google Doc's content (document.ts keeps it there).
    rmSync(path.join(ctx.paths.documents, `${id}.json`), { force: true });
    delete r.files[id];
    return;
  }
  if (!folder) throw new Error(NO_ITEM);
  if (folder.parentId === null) throw new Error('The root folder cannot be deleted.');
  for (const child of [...Object.values(r.files), ...Object.values(r.folders)]) {
    if (child.parentId === id) removeItem(ctx, r, child.id);
  }
  rmSync(folder.path, { recursive: true, force: true });
  delete r.folders[id];
}

/** Registers a new file record in a folder (documents and plain files alike). */
export function registerFile(
  ctx: ServiceContext,
  parentId: string,
  name: string,
  mimeType: string,
  content?: Buffer,
  opts: { app?: boolean } = {},
): FileRecord {
  return updateRegistry(ctx, (r) => addFile(ctx, r, parentId, name, mimeType, content, opts.app));
}

export function fileRecord(ctx: ServiceContext, id: string): FileRecord | null {
  return readRegistry(ctx).files[id] ?? null;
}

export function touchFile(ctx: ServiceContext, id: string): void {
  updateRegistry(ctx, (r) => {
    const f = r.files[id];
    if (f) f.updatedAt = ctx.now().toISOString();
  });
}

/** Listing order: oldest first, ties by id. */
export const byCreation = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
