/**
 * Short, stable fingerprints of plain data. Pure JS (the bundle runs in Apps
 * Script, which has no Node crypto); collisions only cost a missed "changed"
 * flag between two versions of one subject, so 32 bits are plenty.
 */

/**
 * JSON with object keys sorted at every depth, so equal data gives equal text
 * whatever order its fields were built in. Dates become ISO strings; undefined
 * fields are dropped (as JSON does); non-finite numbers become null.
 */
export function stableStringify(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(Number.isFinite(value.getTime()) ? value.toISOString() : null);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      const obj = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const k of Object.keys(obj).sort()) {
        if (obj[k] === undefined || typeof obj[k] === 'function') continue;
        parts.push(`${JSON.stringify(k)}:${stableStringify(obj[k])}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return 'null';
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the text as UTF-16LE bytes (low byte first), as 8 lower-case hex digits. */
function fnv1a32(text: string): string {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Both bytes of the code unit, so Thai text hashes as well as ASCII.
    h ^= c & 0xff;
    h = Math.imul(h, FNV_PRIME);
    h ^= c >>> 8;
    h = Math.imul(h, FNV_PRIME);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Fingerprint of any plain value: the same for equal data, whatever its key order. */
export function fingerprintOf(value: unknown): string {
  return fnv1a32(stableStringify(value));
}
