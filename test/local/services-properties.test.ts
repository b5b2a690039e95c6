import { createPropertiesService, PROPERTY_VALUE_LIMIT } from '../../src/local/emulator/properties';
import path from "node:path";
import { sandbox, type Sandbox } from './services-helpers';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

describe('PropertiesService', () => {
  test('properties persist across executions at once, each store on its own', () => {
    const first = createPropertiesService(box.ctx());
    first.getScriptProperties().setProperty('spreadsheetId', 'abc');
    first.getDocumentProperties()!.setProperties({ cursor: 'G12', count: 3 as unknown as string });
    first.getUserProperties().setProperty('lang', 'th');

    const later = createPropertiesService(box.ctx());
    expect(later.getScriptProperties().getProperty('spreadsheetId')).toBe('abc');
    expect(later.getScriptProperties().getProperty('cursor')).toBeNull();
    expect(later.getDocumentProperties()!.getProperties()).toEqual({ cursor: 'G12', count: '3' });
    expect(later.getUserProperties().getProperty('lang')).toBe('th');
    expect(createPropertiesService(box.ctx({ user: 'lo@example.org' })).getUserProperties().getKeys()).toEqual([]);
  });

  test('delete, deleteAll and setProperties with deleteAllOthers', () => {
    const props = createPropertiesService(box.ctx()).getDocumentProperties()!;
    props.setProperties({ a: '1', b: '2', c: '3' });
    props.deleteProperty('a');
    expect(props.getKeys().sort()).toEqual(['b', 'c']);
    props.setProperties({ d: '4' }, true);
    expect(props.getProperties()).toEqual({ d: '4' });
    props.deleteAllProperties();
    expect(createPropertiesService(box.ctx()).getDocumentProperties()!.getKeys()).toEqual([]);
  });

  test('a value over 9 KB throws and is not stored', () => {
    const props = createPropertiesService(box.ctx()).getScriptProperties();
    props.setProperty('ok', 'x'.repeat(PROPERTY_VALUE_LIMIT));
    expect(() => props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow('Argument too large: value');
    // Thai is three bytes a character in UTF-8: the limit is in bytes.
    expect(() => props.setProperty('thai', 'ก'.repeat(3100))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
  });

  test('a store over 500 KB throws Apps Script wording and keeps what it had', () => {
    const props = createPropertiesService(box.ctx()).getScriptProperties();
    let n = 0;
    expect(() => {
      for (;;) props.setProperty(`k${n++}`, 'y'.repeat(9000));
    }).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(n).toBeGreaterThan(50);
    expect(n).toBeLessThan(60);
    expect(props.getProperty(`k${n - 1}`)).toBeNull();
    expect(props.getProperty('k0')).toHaveLength(9000);
  });

  test('in AuthMode.NONE every store is refused', () => {
    const svc = createPropertiesService(box.ctx({ authMode: 'NONE' }));
    expect(() => svc.getScriptProperties()).toThrow(/You do not have permission to call PropertiesService\.getScriptProperties/);
    expect(() => svc.getDocumentProperties()).toThrow(/permission/);
    expect(() => svc.getUserProperties()).toThrow(/permission/);
  });
});

describe('stores as an add-on project has them', () => {
  const other = () => sandbox({ workbookPath: path.join(box.dir, 'another-event.xlsx') });

  test('script properties are one store for every spreadsheet and user of the project', () => {
    createPropertiesService(box.ctx()).getScriptProperties().setProperty('k', 'from event one');
    const elsewhere = other().ctx({ user: 'someone@other.org' }, 'another-spreadsheet');
    expect(createPropertiesService(elsewhere).getScriptProperties().getProperty('k')).toBe('from event one');
  });

  test('the 500 KB limit is for the whole project: two spreadsheets fill it together', () => {
    const big = 'x'.repeat(9 * 1024 - 16);
    const one = createPropertiesService(box.ctx()).getScriptProperties();
    const two = createPropertiesService(other().ctx({}, 'another-spreadsheet')).getScriptProperties();
    for (let i = 0; i < 27; i++) one.setProperty(`one-${i}`, big);
    for (let i = 0; i < 28; i++) two.setProperty(`two-${i}`, big);
    expect(() => two.setProperty('two-last', big)).toThrow('You have exceeded the property storage quota');
    expect(one.getProperty('one-0')).toBe(big);
  });

  test('user properties follow the user across spreadsheets, and are theirs alone', () => {
    createPropertiesService(box.ctx()).getUserProperties().setProperty('k', 'mine');
    expect(createPropertiesService(other().ctx({}, 'another-spreadsheet')).getUserProperties().getProperty('k')).toBe('mine');
    expect(createPropertiesService(box.ctx({ user: 'lo@example.org' })).getUserProperties().getProperty('k')).toBeNull();
  });

  test('document properties are per spreadsheet, and null in a trigger or web app', () => {
    createPropertiesService(box.ctx()).getDocumentProperties()!.setProperty('k', 'event one');
    expect(createPropertiesService(other().ctx({}, 'another-spreadsheet')).getDocumentProperties()!.getProperty('k')).toBeNull();
    expect(createPropertiesService(box.ctx({ execution: 'trigger' })).getDocumentProperties()).toBeNull();
    expect(createPropertiesService(box.ctx({ execution: 'webapp' })).getDocumentProperties()).toBeNull();
  });
});
