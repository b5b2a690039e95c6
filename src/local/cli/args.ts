import { parseArgs } from 'node:util';
import { UsageError } from './errors';

export type FlagSpec = Record<string, { type: 'string' | 'boolean' }>;

/** Flags every command takes. */
const COMMON_FLAGS: FlagSpec = {
  stats: { type: 'boolean' },
  as: { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean' },
  account: { type: 'string' },
  google: { type: 'string' },
  dist: { type: 'string' },
};

/** `--account consumer|workspace`: which of Google's quotas apply (consumer, the stricter, by default). */
export function parseAccount(text: string | boolean | undefined): 'consumer' | 'workspace' {
  if (text === undefined) return 'consumer';
  if (text === 'consumer' || text === 'workspace') return text;
  throw new UsageError(`--account "${String(text)}" must be consumer or workspace`);
}

export interface Parsed {
  positionals: string[];
  flags: Record<string, string | boolean | undefined>;
}

/** Strict parsing: an unknown flag or a missing value is a usage error, never ignored. */
export function parseCommandArgs(command: string, argv: string[], flags: FlagSpec, positionals: number): Parsed {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: { ...COMMON_FLAGS, ...flags }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${command}: ${(err as Error).message.replace(/\. To specify.*$/s, '')}`);
  }
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(
      `${command}: expected ${positionals} file argument${positionals === 1 ? '' : 's'}, got ${parsed.positionals.length} (see lo-desk --help)`,
    );
  }
  return { positionals: parsed.positionals, flags: parsed.values as Parsed['flags'] };
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `--now` must name an instant unambiguously: a date, a time and a zone offset. */
export function parseNow(text: string | undefined, flag = '--now'): Date {
  if (!text) throw new UsageError(`${flag} is required: give an ISO instant such as 2026-12-06T09:00+07:00`);
  const m = ISO_INSTANT.exec(text);
  const d = new Date(text);
  if (!m || Number.isNaN(d.getTime())) {
    throw new UsageError(`${flag} "${text}" is not an ISO instant with a zone, such as 2026-12-06T09:00+07:00`);
  }
  const [, , mo, da, h, mi, s] = m;
  if (+mo < 1 || +mo > 12 || +da < 1 || +da > 31 || +h > 23 || +mi > 59 || (s !== undefined && +s > 59)) {
    throw new UsageError(`${flag} "${text}" is not a real date and time`);
  }
  return d;
}

export function parsePort(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || +text < 1 || +text > 65535) throw new UsageError(`--port "${text}" is not a port number (1-65535)`);
  return +text;
}

export function parseEmail(text: string | undefined, flag = '--as'): string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t)) throw new UsageError(`${flag} "${text}" is not an email address`);
  return t.toLowerCase();
}
