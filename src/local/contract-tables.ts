/**
 * The column tables of docs/CONTRACT.md §1 and of the README's workbook section,
 * made from the one declaration of the contract (src/core/schema/contract.ts via
 * TABS). Each file holds them between two markers; `lo-desk tables` fails
 * when either is out of date and `--write` rewrites them, so a change to the
 * contract is one command.
 */
import { EVENT_HEADER, TABS } from '../core/schema/tabs';
import type { ColumnSpec, TabSpec } from '../core/schema/types';

export const CONTRACT_TABLES_NAME = 'contract-tables';

/** Words about a tab the declaration does not hold: how it is laid out or who writes it. */
const TAB_NOTES: Partial<Record<string, string>> = {
  Event: 'row 1 is the header `key`, `value`; then one setting a row',
  'Checklist items': 'optional: organisers\' own checklist items',
  Checklist: 'LO Desk adds and updates rows, never drops one; an item may have several rows, the one with the latest done_at counts; a column of your own is kept as it is',
  Findings: 'LO Desk rewrites its own columns at every validation; a column of your own is kept as it is',
  Sent: 'LO Desk writes its own columns, rows found by key; a column of your own is kept as it is',
  Documents: 'LO Desk writes its own columns, rows found by key; a column of your own is kept as it is',
};

/** What a column holds, in a few words; '' when it is plain text. */
function describe(c: ColumnSpec): string {
  const t = c.type;
  const parts: string[] = [];
  switch (t.kind) {
    case 'list': parts.push(t.of === 'email' ? 'list of e-mails' : 'list'); break;
    case 'ref': parts.push(t.many ? `list of ${t.tab} ids` : `${t.tab} id`); break;
    case 'iata': parts.push('IATA'); break;
    case 'date': parts.push('date'); break;
    case 'datetime-airport': parts.push(`date-time, local time of ${t.airport}`); break;
    case 'datetime-event': parts.push('date-time, event time zone'); break;
    case 'instant': parts.push('date-time'); break;
    case 'time': parts.push('HH:mm'); break;
    case 'enum': parts.push(t.values.join(', ')); break;
    case 'number': {
      const range = t.min !== undefined && t.max !== undefined ? ` ${t.min}–${t.max}` : t.min !== undefined ? ` ≥ ${t.min}` : '';
      parts.push(`${t.integer ? 'whole number' : 'number'}${range}`);
      break;
    }
    case 'boolean': parts.push('TRUE or FALSE'); break;
    case 'timezone': parts.push('IANA time zone'); break;
    case 'email': if (!c.key.includes('email')) parts.push('e-mail'); break;
    case 'phone': if (!c.key.includes('phone')) parts.push('phone'); break;
    default: break;
  }
  if (c.doc) parts.push(c.doc);
  if (c.default !== undefined) parts.push(`default ${String(c.default)}`);
  return parts.join('; ');
}

function columnList(columns: readonly ColumnSpec[]): string {
  return columns.map((c) => {
    const d = describe(c);
    return `${c.key}${c.required ? '*' : ''}${d ? ` (${d})` : ''}`;
  }).join(', ');
}

function row(spec: TabSpec): string {
  const note = TAB_NOTES[spec.name];
  return `| ${spec.name}${note ? ` *(${note})*` : ''} | ${columnList(spec.columns)} |`;
}

/** The tables: the tabs organisers fill, then the tabs LO Desk writes. */
export function contractTables(): string {
  const input = TABS.filter((s) => !s.owned);
  const owned = TABS.filter((s) => s.owned);
  const lines = [
    `Tabs organisers fill (\`*\` marks a required column; the Event tab's header columns are ${columnList(EVENT_HEADER)}):`,
    '',
    '| tab | columns |',
    '|---|---|',
    ...input.map(row),
    '',
    'Tabs LO Desk writes:',
    '',
    '| tab | columns |',
    '|---|---|',
    ...owned.map(row),
  ];
  return lines.join('\n');
}

/** The files that hold the tables, relative to the repository. */
export const CONTRACT_TABLE_FILES = ['README.md', 'docs/CONTRACT.md'] as const;
