/**
 * The advanced Drive service (v3) under the drive.file scope: the project
 * sees what it made (here or with DocumentApp.create), on the same registry
 * and disk as DriveApp.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DRIVE_API_PER_MINUTE, DRIVE_RATE_EXCEEDED } from '../../src/local/emulator/quotas';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { createAdvancedDrive, type DriveFileResource } from '../../src/local/emulator/advanced-drive';
import { createDocumentApp } from '../../src/local/emulator/document';
import { createDriveApp, MimeType } from '../../src/local/emulator/drive';
import { Membrane, type Realm } from '../../src/local/emulator/membrane';
import { Stats } from '../../src/local/emulator/types';
import { Blob } from '../../src/local/emulator/utilities';
import { sandbox, type Sandbox } from './services-helpers';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

const onDisk = (f: DriveFileResource) => fileURLToPath(String(f.webViewLink).replace(/#.*$/, ''));
const ALL = { fields: '*' };

describe('Drive.Files (advanced service, v3)', () => {
  test('create makes a folder as a real directory; without fields only kind, id, name and mimeType come back', () => {
    const drive = createAdvancedDrive(box.ctx());
    const folder = drive.Files.create({ name: 'LO Desk — Summit', mimeType: MimeType.FOLDER });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(folder).toMatchObject({ kind: 'drive#file', name: 'LO Desk — Summit', mimeType: MimeType.FOLDER });
    const full = drive.Files.get(folder.id, ALL) as DriveFileResource;
    expect(onDisk(full)).toBe(path.join(path.resolve(box.options.docsDir), 'LO Desk — Summit') + path.sep);
    expect(existsSync(onDisk(full))).toBe(true);
    expect(full.trashed).toBe(false);
    // Its parent is the root folder, which the alias 'root' also names.
    expect(full.parents).toEqual([(drive.Files.get('root', { fields: 'id' }) as DriveFileResource).id]);
  });

  test('create with a blob in a folder writes a real file; update with a blob replaces its content in place', () => {
    const drive = createAdvancedDrive(box.ctx());
    const folder = drive.Files.create({ name: 'Calendars', mimeType: MimeType.FOLDER });
    const blob = new Blob(Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'), 'text/calendar', 'ignored.ics');
    const file = drive.Files.create({ name: 'lo-calendar-L01.ics', parents: [folder.id] }, blob, {
      fields: 'id,name,mimeType,parents,webViewLink,size',
    });
    expect(file).toMatchObject({ name: 'lo-calendar-L01.ics', mimeType: 'text/calendar', parents: [folder.id], size: '32' });
    const where = onDisk(file);
    expect(path.dirname(where)).toBe(path.join(path.resolve(box.options.docsDir), 'Calendars'));
    expect(readFileSync(where, 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');

    const later = createAdvancedDrive(box.ctx());
    const updated = later.Files.update({}, String(file.id), new Blob(Buffer.from('changed'), 'text/calendar'), { fields: 'id,webViewLink,modifiedTime' });
    expect(updated.webViewLink).toBe(file.webViewLink);
    expect(readFileSync(where, 'utf8')).toBe('changed');
    expect(later.Files.get(String(file.id), { alt: 'media' })).toBe('changed');
  });

  test('addParents/removeParents move a Google Doc made by DocumentApp.create into a folder, on disk too', async () => {
    const ctx = box.ctx();
    const drive = createAdvancedDrive(ctx);
    const docs = createDocumentApp(ctx);
    const doc = docs.create('LO brief');
    const folder = drive.Files.create({ name: 'Event', mimeType: MimeType.FOLDER });
    const before = drive.Files.get(doc.getId(), { fields: 'parents' }) as DriveFileResource;
    const moved = drive.Files.update({}, doc.getId(), null, {
      addParents: folder.id,
      removeParents: (before.parents as string[]).join(','),
      fields: 'id,parents,webViewLink,mimeType',
    });
    expect(moved).toMatchObject({ parents: [folder.id], mimeType: MimeType.GOOGLE_DOCS });
    expect(await docs.commit()).toEqual([]);
    const file = path.join(path.resolve(box.options.docsDir), 'Event', 'LO brief.docx');
    expect(existsSync(file)).toBe(true);
    expect(fileURLToPath(doc.getUrl().replace(/#.*$/, ''))).toBe(file);
    expect(onDisk(moved)).toBe(file);
  });

  test('a second parent is refused, and parents cannot be written in an update', () => {
    const drive = createAdvancedDrive(box.ctx());
    const a = drive.Files.create({ name: 'A', mimeType: MimeType.FOLDER });
    const b = drive.Files.create({ name: 'B', mimeType: MimeType.FOLDER });
    const f = drive.Files.create({ name: 'x.txt', parents: [a.id] }, new Blob(Buffer.from('x'), 'text/plain'));
    expect(() => drive.Files.update({}, String(f.id), null, { addParents: b.id })).toThrow(
      'API call to drive.files.update failed with error: Increasing the number of parents is not allowed',
    );
    expect(() => drive.Files.update({ parents: [b.id] }, String(f.id))).toThrow(/parents field is not directly writable/);
    expect((drive.Files.get(String(f.id), { fields: 'parents' }) as DriveFileResource).parents).toEqual([a.id]);
  });

  test('list finds by parent, name, mimeType and trashed, in pages', () => {
    const ctx = box.ctx();
    const drive = createAdvancedDrive(ctx);
    // Called directly (not through the membrane) the calls cost no Google time: each create is given
    // a millisecond, so "oldest first" has an order to keep (same-instant items would go by random id).
    const create = (...args: Parameters<typeof drive.Files.create>) => {
      ctx.clock.charge(1);
      return drive.Files.create(...args);
    };
    const folder = create({ name: 'Event', mimeType: MimeType.FOLDER });
    const other = create({ name: 'Other', mimeType: MimeType.FOLDER });
    const blob = () => new Blob(Buffer.from('x'), 'text/plain');
    const one = create({ name: "O'Brien.txt", parents: [folder.id] }, blob());
    const two = create({ name: 'two.txt', parents: [folder.id] }, blob());
    create({ name: 'elsewhere.txt', parents: [other.id] }, blob());
    drive.Files.update({ trashed: true }, String(two.id));

    const ids = (q: string) => ((drive.Files.list({ q, fields: 'files(id)' }).files as DriveFileResource[]) ?? []).map((f) => f.id);
    expect(ids(`'${folder.id}' in parents`)).toEqual([one.id, two.id]);
    expect(ids(`'${folder.id}' in parents and trashed = false`)).toEqual([one.id]);
    expect(ids(`name = 'O\\'Brien.txt'`)).toEqual([one.id]);
    expect(ids(`mimeType = '${MimeType.FOLDER}' and 'root' in parents`)).toEqual([folder.id, other.id]);
    expect(ids(`mimeType != '${MimeType.FOLDER}' and trashed=true`)).toEqual([two.id]);

    const first = drive.Files.list({ pageSize: 2 });
    expect(first.files).toHaveLength(2);
    expect(Object.keys((first.files as DriveFileResource[])[0]).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const second = drive.Files.list({ pageSize: 2, pageToken: first.nextPageToken });
    const third = drive.Files.list({ pageSize: 2, pageToken: second.nextPageToken });
    expect(third.nextPageToken).toBeUndefined();
    expect([first, second, third].flatMap((p) => p.files as DriveFileResource[])).toHaveLength(5);

    expect(() => drive.Files.list({ q: "name = 'a' or name = 'b'" })).toThrow(/not emulated/);
    expect(() => drive.Files.list({ q: 'name =' })).toThrow('API call to drive.files.list failed with error: Invalid Value');
  });

  test('a file the project did not make, or an unknown id, is "File not found", as drive.file answers', () => {
    const ctx = box.ctx();
    const drive = createAdvancedDrive(ctx);
    const foreign = createDriveApp(ctx).createFile('notes.txt', 'private');
    const foreignFolder = createDriveApp(ctx).createFolder('Mine');
    expect(() => drive.Files.get(foreign.getId())).toThrow(`API call to drive.files.get failed with error: File not found: ${foreign.getId()}.`);
    expect(() => drive.Files.get('1unknown')).toThrow('API call to drive.files.get failed with error: File not found: 1unknown.');
    expect(() => drive.Files.update({ name: 'x' }, foreign.getId())).toThrow(/drive\.files\.update failed with error: File not found/);
    expect(() => drive.Files.create({ name: 'a', parents: [foreignFolder.getId()] })).toThrow(
      `API call to drive.files.create failed with error: File not found: ${foreignFolder.getId()}.`,
    );
    expect(() => drive.Files.remove(foreign.getId())).toThrow(/drive\.files\.delete failed with error: File not found/);
    expect(drive.Files.list({ fields: 'files(id)' }).files).toEqual([]);
  });

  test('trashed: the flag moves the file to the trash and back; remove deletes it for good', () => {
    const drive = createAdvancedDrive(box.ctx());
    const f = drive.Files.create({ name: 'a.txt' }, new Blob(Buffer.from('a'), 'text/plain'), { fields: 'id,webViewLink' });
    const where = onDisk(f);
    const trashed = drive.Files.update({ trashed: true }, String(f.id), null, { fields: 'trashed' });
    expect(trashed).toEqual({ trashed: true });
    expect(existsSync(where)).toBe(false);
    expect((drive.Files.get(String(f.id), { fields: 'trashed' }) as DriveFileResource).trashed).toBe(true);
    drive.Files.update({ trashed: false }, String(f.id));
    expect(readFileSync(where, 'utf8')).toBe('a');
    drive.Files.remove(String(f.id));
    expect(existsSync(where)).toBe(false);
    expect(() => drive.Files.get(String(f.id))).toThrow(/File not found/);
  });

  test('update renames on disk; an unknown field in `fields` fails as Google does', () => {
    const drive = createAdvancedDrive(box.ctx());
    const f = drive.Files.create({ name: 'old.txt' }, new Blob(Buffer.from('a'), 'text/plain'));
    const renamed = drive.Files.update({ name: 'new.txt' }, String(f.id), null, { fields: 'name,webViewLink' });
    expect(renamed.name).toBe('new.txt');
    expect(path.basename(onDisk(renamed))).toBe('new.txt');
    expect(() => drive.Files.get(String(f.id), { fields: 'id,webViewLinks' })).toThrow(
      'API call to drive.files.get failed with error: Invalid field selection webViewLinks',
    );
  });

  test('through the membrane, calls count as Files.<method>', () => {
    const context = vm.createContext({});
    const realm = vm.runInContext('({ Date: Date, Array: Array, Object: Object, Error: Error })', context) as Realm;
    const stats = new Stats();
    const membrane = new Membrane(realm, stats);
    context.Drive = membrane.toContext(createAdvancedDrive(box.ctx()));
    const result = vm.runInContext(
      `(function () {
        var folder = Drive.Files.create({ name: 'F', mimeType: 'application/vnd.google-apps.folder' });
        var got = Drive.Files.get(folder.id, { fields: 'id,parents' });
        return { sameId: got.id === folder.id, parents: Array.isArray(got.parents) };
      })()`,
      context,
    );
    expect(membrane.toHost(result)).toEqual({ sameId: true, parents: true });
    expect(stats.byMethod).toEqual({ 'Files.create': 1, 'Files.get': 1 });
  });
});

describe('the Drive API per-minute quota', () => {
  test('a user past the minute\'s requests is refused with Google\'s message, and may go on the next minute', () => {
    const at = new Date('2026-12-06T02:00:10Z');
    const ctx = box.ctx({ now: at });
    // The minute already holds every request the quota allows (as a busy script would have made).
    const quotaFile = ctx.google.user('organiser@example.org').quota;
    mkdirSync(path.dirname(quotaFile), { recursive: true });
    writeFileSync(quotaFile, JSON.stringify({ drive_api_requests: { windowStart: '2026-12-06T02:00:00.000Z', used: DRIVE_API_PER_MINUTE } }));
    expect(() => createAdvancedDrive(ctx).Files.list({ q: "trashed = false" })).toThrow(DRIVE_RATE_EXCEEDED);
    // Another user has their own quota.
    expect(() => createAdvancedDrive(box.ctx({ now: at, user: 'lo@example.org' })).Files.list({ q: 'trashed = false' })).not.toThrow();
    // A minute later the same user may call again.
    expect(() => createAdvancedDrive(box.ctx({ now: new Date('2026-12-06T02:01:05Z') })).Files.list({ q: 'trashed = false' })).not.toThrow();
  });
});
