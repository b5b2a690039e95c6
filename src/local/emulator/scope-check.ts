/**
 * Refuses a service call that the manifest's `oauthScopes` would not
 * authorise on Google, with Google's own message, and reads those scopes
 * from the built manifest.
 *
 * Google's wording, as scripts see it (one scope, then several):
 *   You do not have permission to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive
 *   You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEmulatorInternal, isKnownScope, scopesFor } from './scopes';

/** Google's "Required permissions" part: the one scope, or `(a || b || ...)`. */
function requiredPermissions(scopes: readonly string[]): string {
  return scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
}

function permissionMessage(name: string, scopes: readonly string[]): string {
  return `You do not have permission to call ${name}. Required permissions: ${requiredPermissions(scopes)}`;
}

/**
 * Throws unless one of the scopes that authorise `name` is declared. A name
 * the scope table lacks throws too: the table must not silently miss a method.
 */
export function checkScope(name: string, declared: ReadonlySet<string>): void {
  if (isEmulatorInternal(name)) {
    throw new Error(`${name} is part of the emulator, not of Apps Script: the bundle cannot call it on Google`);
  }
  const scopes = scopesFor(name);
  if (scopes === undefined) {
    throw new Error(
      `The emulator's scope table (src/local/emulator/scopes.ts) lacks ${name}: add the scopes from its "Authorization" section in Google's reference`,
    );
  }
  if (scopes.length === 0 || scopes.some((s) => declared.has(s))) return;
  throw new Error(permissionMessage(name, scopes));
}

/** The declared scopes of a manifest file; one clear line for anything wrong with it. */
export function readManifestFile(file: string): Set<string> {
  const where = path.basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT' ? `${file}: no such manifest (run npm run build first)` : `${file}: cannot read the manifest (${code ?? 'error'})`,
    );
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new Error(`${where}: not valid JSON`);
  }
  const scopes = (manifest as { oauthScopes?: unknown } | null)?.oauthScopes;
  if (!Array.isArray(scopes)) {
    throw new Error(`${where}: no "oauthScopes" array (an add-on must list its scopes explicitly)`);
  }
  const declared = new Set<string>();
  for (const s of scopes) {
    if (typeof s !== 'string' || !s.startsWith('https://www.googleapis.com/auth/') || !isKnownScope(s)) {
      throw new Error(`${where}: unknown OAuth scope ${JSON.stringify(s)} (not a Google scope the emulator knows; check its spelling)`);
    }
    declared.add(s);
  }
  return declared;
}

/** The scopes declared in `<distDir>/appsscript.json`, the manifest clasp pushes. */
export function readManifestScopes(distDir: string): Set<string> {
  return readManifestFile(path.join(distDir, 'appsscript.json'));
}
