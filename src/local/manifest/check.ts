/**
 * Does a manifest's `oauthScopes` fit what the add-on calls? Given the
 * declared scopes, the Apps Script methods a run called and the scope table,
 * says which declared scopes cover each call, and fails on a call none covers
 * (Google would refuse it) and on a declared scope no call needs (users would
 * be asked for more than the add-on uses). Pure: reading files is the CLI's.
 */

interface CallRow {
  method: string;
  /** Scopes any one of which authorises the method (empty: none needed); undefined: not in the table. */
  required: readonly string[] | undefined;
  /** The declared scopes among `required`. */
  covering: string[];
}

export interface ManifestReport {
  rows: CallRow[];
  /** Calls that need a scope and have no declared one. */
  uncovered: CallRow[];
  /** Calls the scope table does not know (a gap in the emulator's table). */
  unknown: string[];
  /** Declared scopes that no called method accepts. */
  unused: string[];
  ok: boolean;
}

export function checkManifest(
  declared: Iterable<string>,
  called: Iterable<string>,
  table: Readonly<Record<string, readonly string[]>>,
): ManifestReport {
  const declaredSet = new Set(declared);
  const rows: CallRow[] = [...new Set(called)].sort().map((method) => {
    const required = Object.prototype.hasOwnProperty.call(table, method) ? table[method] : undefined;
    return { method, required, covering: (required ?? []).filter((s) => declaredSet.has(s)) };
  });
  const uncovered = rows.filter((r) => r.required !== undefined && r.required.length > 0 && r.covering.length === 0);
  const unknown = rows.filter((r) => r.required === undefined).map((r) => r.method);
  const used = new Set(rows.flatMap((r) => r.covering));
  const unused = [...declaredSet].filter((s) => !used.has(s)).sort();
  return { rows, uncovered, unknown, unused, ok: uncovered.length === 0 && unknown.length === 0 && unused.length === 0 };
}

const AUTH = 'https://www.googleapis.com/auth/';

/** `spreadsheets` for `https://www.googleapis.com/auth/spreadsheets`: the table stays readable. */
export function shortScope(scope: string): string {
  return scope.startsWith(AUTH) ? scope.slice(AUTH.length) : scope;
}

function cell(row: CallRow): string {
  if (row.required === undefined) return '**not in the scope table**';
  if (row.required.length === 0) return '(none needed)';
  if (row.covering.length === 0) return `**none declared**: needs ${row.required.map(shortScope).join(' or ')}`;
  return row.covering.map(shortScope).join(', ');
}

/** The report as markdown: one table row per called method, then the failures. */
export function formatReport(report: ManifestReport): string {
  const lines = [
    `Scopes are ${AUTH}<name>.`,
    '',
    '| method | scopes that cover it |',
    '|---|---|',
    ...report.rows.map((r) => `| ${r.method} | ${cell(r)} |`),
    '',
  ];
  const failures = [
    ...report.uncovered.map(
      (r) => `- ${r.method}: no declared scope covers it (needs one of: ${(r.required ?? []).map(shortScope).join(', ')})`,
    ),
    ...report.unknown.map((m) => `- ${m}: not in the emulator's scope table (src/local/emulator/scopes.ts)`),
    ...report.unused.map((s) => `- ${shortScope(s)}: declared, but no called method needs it`),
  ];
  if (failures.length === 0) {
    lines.push(`OK: ${report.rows.length} methods called, every one covered, every declared scope used.`);
  } else {
    lines.push(`FAILED (${failures.length}):`, ...failures);
  }
  return `${lines.join('\n')}\n`;
}
