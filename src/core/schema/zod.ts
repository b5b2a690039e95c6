/**
 * The final shape of each parsed row, as zod/mini schemas built from the tab specs.
 * Cells are read and checked one by one before this; the schema is the last guard
 * that what enters the model has the model's types.
 */
import * as z from 'zod/mini';
import type { ColumnSpec, TabSpec } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HH_MM = /^\d{2}:\d{2}$/;

const zonedTime = z.object({ at: z.date(), zone: z.string(), wall: z.string() });

function fieldSchema(c: ColumnSpec): z.core.$ZodType {
  const t = c.type;
  switch (t.kind) {
    case 'list':
      return z.array(z.string());
    case 'ref':
      return t.many ? z.array(z.string().check(z.minLength(1))) : z.string().check(z.minLength(1));
    case 'enum':
      return z.enum(t.values as [string, ...string[]]);
    case 'date':
      return z.string().check(z.regex(ISO_DATE));
    case 'time':
      return z.string().check(z.regex(HH_MM));
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'datetime-airport':
    case 'datetime-event':
      return zonedTime;
    case 'instant':
      return z.date();
    default:
      return c.required ? z.string().check(z.minLength(1)) : z.string();
  }
}

/** Fields the model always has even when the column is optional in the sheet. */
function alwaysPresent(c: ColumnSpec): boolean {
  if (c.type.kind === 'list') return true;
  if (c.type.kind === 'datetime-airport' || c.type.kind === 'datetime-event') return false;
  return c.required || c.default !== undefined;
}

/** The row schema of a table tab. */
export function rowSchema(spec: TabSpec, alsoPresent: readonly string[] = []): z.ZodMiniObject {
  const shape: Record<string, z.core.$ZodType> = { row: z.number() };
  for (const c of spec.columns) {
    const f = fieldSchema(c);
    shape[c.field ?? c.key] = alwaysPresent(c) || alsoPresent.includes(c.key) ? f : z.optional(f);
  }
  return z.object(shape);
}

/** A short description of the first problem zod saw, for the invalid.row message. */
export function describeIssue(error: { issues?: readonly { path?: readonly PropertyKey[]; message?: string }[] }): string {
  const i = error.issues?.[0];
  if (!i) return 'unknown';
  return `${(i.path ?? []).map(String).join('.') || 'row'}: ${i.message ?? ''}`.trim();
}
