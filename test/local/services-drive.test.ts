import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDriveApp, NO_ITEM } from '../../src/local/emulator/drive';
import { sandbox, type Sandbox } from './services-helpers';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

describe('DriveApp', () => {
  test('folders are real sub-folders of docsDir and keep their ids across executions', () => {
    const folder = createDriveApp(box.ctx()).createFolder('Documents – LO Desk');
    const sub = folder.createFolder('Hotels');
    const dir = fileURLToPath(sub.getUrl());
    expect(dir.replace(/[\\/]$/, '')).toBe(path.join(path.resolve(box.options.docsDir), 'Documents – LO Desk', 'Hotels'));
    expect(statSync(dir).isDirectory()).toBe(true);

    const later = createDriveApp(box.ctx());
    expect(later.getFolderById(folder.getId()).getName()).toBe('Documents – LO Desk');
    const found = later.getFoldersByName('Documents – LO Desk');
    expect(found.hasNext()).toBe(true);
    expect(found.next().getId()).toBe(folder.getId());
    expect(found.hasNext()).toBe(false);
    expect(() => found.next()).toThrow(/iterator has reached the end/);
    expect(later.getRootFolder().getId()).toBe(createDriveApp(box.ctx()).getRootFolder().getId());
  });

  test('two folders of one name are both kept, as Drive allows', () => {
    const drive = createDriveApp(box.ctx());
    const a = drive.createFolder('Out');
    const b = drive.createFolder('Out');
    expect(a.getId()).not.toBe(b.getId());
    expect(fileURLToPath(b.getUrl())).toMatch(/Out \(2\)[\\/]$/);
    const it = drive.getFoldersByName('Out');
    const ids = [];
    while (it.hasNext()) ids.push(it.next().getId());
    expect(ids.sort()).toEqual([a.getId(), b.getId()].sort());
  });

  test('createFile writes the content; setContent, moveTo and setTrashed act on the real file', () => {
    const drive = createDriveApp(box.ctx());
    const folder = drive.createFolder('Exports');
    const file = drive.createFile('guests.csv', 'id,name\nG1,สมชาย\n', 'text/csv');
    const onDisk = fileURLToPath(file.getUrl());
    expect(readFileSync(onDisk, 'utf8')).toBe('id,name\nG1,สมชาย\n');
    expect(file.getMimeType()).toBe('text/csv');
    file.setContent('replaced');
    expect(file.getBlob().getDataAsString()).toBe('replaced');

    file.moveTo(folder);
    const moved = fileURLToPath(file.getUrl());
    expect(existsSync(onDisk)).toBe(false);
    expect(moved).toBe(path.join(fileURLToPath(folder.getUrl()), 'guests.csv'));
    expect(readFileSync(moved, 'utf8')).toBe('replaced');
    expect(folder.getFiles().next().getName()).toBe('guests.csv');

    file.setTrashed(true);
    expect(existsSync(moved)).toBe(false);
    expect(createDriveApp(box.ctx()).getFileById(file.getId()).isTrashed()).toBe(true);
    file.setTrashed(false);
    expect(readFileSync(moved, 'utf8')).toBe('replaced');
  });

  test('createFile takes a BlobSource as Apps Script does: a File is copied through its blob', () => {
    const drive = createDriveApp(box.ctx());
    const original = drive.createFile('guests.csv', 'id,name\nG1,Ana\n', 'text/csv');
    const copy = drive.createFolder('Copies').createFile(original);
    expect(copy.getId()).not.toBe(original.getId());
    expect(copy.getName()).toBe('guests.csv');
    expect(copy.getMimeType()).toBe('text/csv');
    expect(readFileSync(fileURLToPath(copy.getUrl()), 'utf8')).toBe('id,name\nG1,Ana\n');
    expect(() => drive.createFile({} as never)).toThrow('Invalid argument: name');
  });

  test('unknown ids throw Apps Script wording', () => {
    const drive = createDriveApp(box.ctx());
    expect(() => drive.getFileById('1missing')).toThrow(NO_ITEM);
    expect(() => drive.getFolderById('1missing')).toThrow(NO_ITEM);
  });

  test('a name with path characters stays one file inside its folder', () => {
    const file = createDriveApp(box.ctx()).createFile('../../evil/name.txt', 'x');
    const onDisk = fileURLToPath(file.getUrl());
    expect(path.dirname(onDisk)).toBe(path.resolve(box.options.docsDir));
    expect(file.getName()).toBe('../../evil/name.txt');
  });
});
