import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { checkScope, readManifestFile, readManifestScopes } from '../../src/local/emulator/scope-check';
import {
  EMULATOR_INTERNAL_METHODS,
  isEmulatorInternal,
  METHOD_SCOPES,
  SCOPES,
  scopesFor,
} from '../../src/local/emulator/scopes';
import { ROOT, tempDir } from '../helpers/cli';

const EMULATOR_DIR = path.join(ROOT, 'src/local/emulator');

/** Gas types in the table that no emulator class has yet (the advanced Drive service). */
const NOT_YET_EMULATED = new Set(['Files']);

/** Every module of the emulator, in every folder under it (one module per class lives in subfolders). */
function emulatorSources(dir = EMULATOR_DIR): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...emulatorSources(file));
    else if (entry.name.endsWith('.ts')) files.push(file);
  }
  return files;
}

interface SourceClass {
  file: string;
  gasType?: string;
  exported: boolean;
  /** Methods a script cannot reach through the TypeScript API: private or protected. */
  hidden: Set<string>;
  /** Public instance properties holding functions (not on the prototype). */
  functionFields: string[];
}

/** What the source says about each class: its gasType and which members are private. */
function readSourceClasses(): Map<string, SourceClass> {
  const classes = new Map<string, SourceClass>();
  for (const file of emulatorSources()) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const node of sf.statements) {
      if (!ts.isClassDeclaration(node) || !node.name) continue;
      const mods = ts.getModifiers(node) ?? [];
      const info: SourceClass = {
        file,
        exported: mods.some((m) => m.kind === ts.SyntaxKind.ExportKeyword),
        hidden: new Set(),
        functionFields: [],
      };
      for (const member of node.members) {
        if (!member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
        const name = member.name.text;
        const memberMods = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
        const hidden = memberMods.some(
          (m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword,
        );
        const isStatic = memberMods.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (hidden) info.hidden.add(name);
        if (!ts.isPropertyDeclaration(member) || isStatic) continue;
        if (name === 'gasType' && member.initializer && ts.isStringLiteral(member.initializer)) {
          info.gasType = member.initializer.text;
        } else if (
          !hidden &&
          member.initializer &&
          (ts.isArrowFunction(member.initializer) || ts.isFunctionExpression(member.initializer))
        ) {
          info.functionFields.push(name);
        }
      }
      expect(classes.has(node.name.text)).toBe(false); // class names are unique across the emulator
      classes.set(node.name.text, info);
    }
  }
  return classes;
}

interface EmulatedClass {
  className: string;
  gasType: string;
  methods: string[];
}

/** Every class with a gasType, from the emulator's modules as loaded, with its callable methods. */
function emulatedClasses(): EmulatedClass[] {
  const source = readSourceClasses();
  const found: EmulatedClass[] = [];
  const seen = new Set<string>();
  for (const file of emulatorSources()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (typeof value !== 'function' || !value.prototype) continue;
      const info = source.get(value.name);
      if (!info?.gasType || seen.has(value.name)) continue;
      seen.add(value.name);
      const methods = new Set<string>(info.functionFields);
      for (let p = value.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        const declaring = source.get(p.constructor.name);
        for (const name of Object.getOwnPropertyNames(p)) {
          const d = Object.getOwnPropertyDescriptor(p, name);
          if (name === 'constructor' || typeof d?.value !== 'function') continue;
          if (declaring?.hidden.has(name)) continue;
          methods.add(name);
        }
      }
      found.push({ className: value.name, gasType: info.gasType, methods: [...methods].sort() });
    }
  }
  // A class with a gasType that no module exports would escape the enumeration above.
  const withGasType = [...source].filter(([, c]) => c.gasType).map(([name]) => name).sort();
  expect([...seen].sort()).toEqual(withGasType);
  return found;
}

describe('the scope table', () => {
  const classes = emulatedClasses();

  it('finds the emulated classes (a sanity check on the enumeration)', () => {
    const types = new Set(classes.map((c) => c.gasType));
    for (const t of ['SpreadsheetApp', 'Range', 'DriveApp', 'Folder', 'MailApp', 'ScriptApp', 'Ui', 'Body', 'Text']) {
      expect(types.has(t)).toBe(true);
    }
    expect(classes.find((c) => c.gasType === 'Range')?.methods).toContain('getValues');
  });

  it('has every public method of every emulated class', () => {
    const missing = classes.flatMap((c) =>
      c.methods.map((m) => `${c.gasType}.${m}`).filter((k) => scopesFor(k) === undefined && !isEmulatorInternal(k)),
    );
    expect(missing).toEqual([]);
  });

  it('names no method the emulator lacks (except services not emulated yet)', () => {
    const byType = new Map<string, Set<string>>();
    for (const c of classes) {
      const set = byType.get(c.gasType) ?? new Set<string>();
      for (const m of c.methods) set.add(m);
      byType.set(c.gasType, set);
    }
    const stale = Object.keys(METHOD_SCOPES).filter((key) => {
      const [type, method] = key.split('.');
      const methods = byType.get(type);
      return methods ? !methods.has(method) : !NOT_YET_EMULATED.has(type);
    });
    expect(stale).toEqual([]);
    const internalsMissing = [...EMULATOR_INTERNAL_METHODS].filter((key) => {
      const [type, method] = key.split('.');
      return !byType.get(type)?.has(method);
    });
    expect(internalsMissing).toEqual([]);
  });

  it('lists full Google scope URLs', () => {
    for (const scopes of Object.values(METHOD_SCOPES)) {
      for (const s of scopes) expect(s).toMatch(/^https:\/\/www\.googleapis\.com\/auth\/[a-z._]+$/);
    }
  });

  it('keeps the Drive rule of PLATFORM.md: DriveApp needs drive, never drive.file', () => {
    expect(scopesFor('DriveApp.createFolder')).toEqual([SCOPES.drive]);
    expect(scopesFor('DriveApp.getFolderById')).toEqual([SCOPES.driveReadonly, SCOPES.drive]);
    const driveAppOrItems = Object.entries(METHOD_SCOPES).filter(([k]) => /^(DriveApp|Folder|File)\./.test(k));
    expect(driveAppOrItems.length).toBeGreaterThan(0);
    for (const [, scopes] of driveAppOrItems) expect(scopes).not.toContain(SCOPES.driveFile);
    expect(scopesFor('Files.create')).toContain(SCOPES.driveFile);
  });
});

describe('checkScope', () => {
  it("throws Google's message for DriveApp.createFolder with only drive.file declared", () => {
    expect(() => checkScope('DriveApp.createFolder', new Set([SCOPES.driveFile]))).toThrow(
      new Error(
        'You do not have permission to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
      ),
    );
  });

  it('passes DriveApp.createFolder with drive declared', () => {
    expect(() => checkScope('DriveApp.createFolder', new Set([SCOPES.drive]))).not.toThrow();
  });

  it("lists alternatives as Google does: (a || b)", () => {
    expect(() => checkScope('SpreadsheetApp.getActiveSpreadsheet', new Set([SCOPES.documents]))).toThrow(
      new Error(
        'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ' +
          '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
      ),
    );
    expect(() => checkScope('SpreadsheetApp.getActiveSpreadsheet', new Set([SCOPES.spreadsheetsCurrentOnly]))).not.toThrow();
  });

  it('needs the full spreadsheets scope to open another spreadsheet by id', () => {
    expect(() => checkScope('SpreadsheetApp.openById', new Set([SCOPES.spreadsheetsCurrentOnly]))).toThrow(
      /Required permissions: https:\/\/www\.googleapis\.com\/auth\/spreadsheets$/,
    );
  });

  it('lets a method that needs no authorization through with no scope at all', () => {
    expect(() => checkScope('Utilities.formatDate', new Set())).not.toThrow();
    expect(() => checkScope('PropertiesService.getScriptProperties', new Set())).not.toThrow();
  });

  it('refuses a method the table lacks, naming the table', () => {
    expect(() => checkScope('Range.frobnicate', new Set(Object.values(SCOPES)))).toThrow(
      /scope table \(src\/local\/emulator\/scopes\.ts\) lacks Range\.frobnicate/,
    );
  });

  it("refuses the emulator's own methods", () => {
    expect(() => checkScope('MailApp.commit', new Set(Object.values(SCOPES)))).toThrow(/part of the emulator/);
    expect(() => checkScope('Spreadsheet._sheetFor', new Set(Object.values(SCOPES)))).toThrow(/part of the emulator/);
  });
});

describe('readManifestScopes', () => {
  const dir = tempDir('lodesk-manifest-');

  function manifestIn(name: string, text: string): string {
    const sub = path.join(dir, name);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'appsscript.json'), text);
    return sub;
  }

  /** The error's message, which must be one line. */
  function failure(read: () => unknown): string {
    try {
      read();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).not.toContain('\n');
      return message;
    }
    throw new Error('expected the manifest to be rejected');
  }

  it("reads the project's manifest", () => {
    const scopes = readManifestFile(path.join(ROOT, 'appsscript.json'));
    expect(scopes.has(SCOPES.spreadsheets)).toBe(true);
    expect(scopes.has(SCOPES.scriptSendMail)).toBe(true);
  });

  it('reads <dist>/appsscript.json', () => {
    const d = manifestIn('ok', JSON.stringify({ oauthScopes: [SCOPES.spreadsheets, SCOPES.userinfoEmail] }));
    expect([...readManifestScopes(d)].sort()).toEqual([SCOPES.spreadsheets, SCOPES.userinfoEmail]);
  });

  it('rejects a missing manifest in one line', () => {
    expect(failure(() => readManifestScopes(path.join(dir, 'nowhere')))).toMatch(/appsscript\.json: no such manifest/);
  });

  it('rejects a manifest that is not JSON in one line', () => {
    expect(failure(() => readManifestScopes(manifestIn('bad-json', '{ "oauthScopes": [ ')))).toBe(
      'appsscript.json: not valid JSON',
    );
  });

  it('rejects a manifest without an oauthScopes array', () => {
    expect(failure(() => readManifestScopes(manifestIn('no-scopes', '{"timeZone":"Asia/Bangkok"}')))).toMatch(
      /no "oauthScopes" array/,
    );
  });

  it('rejects an unknown scope in one line, naming it', () => {
    const d = manifestIn('typo', JSON.stringify({ oauthScopes: [SCOPES.spreadsheets, 'https://www.googleapis.com/auth/spreadsheet'] }));
    expect(failure(() => readManifestScopes(d))).toMatch(/unknown OAuth scope "https:\/\/www\.googleapis\.com\/auth\/spreadsheet"/);
    const notGoogle = manifestIn('other', JSON.stringify({ oauthScopes: ['https://example.com/auth/drive'] }));
    expect(failure(() => readManifestScopes(notGoogle))).toMatch(/unknown OAuth scope/);
  });
});
