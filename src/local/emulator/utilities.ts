/**
 * Utilities, Blob and Logger.
 *
 * Apps Script is Java underneath: byte arrays are signed (-128..127) and
 * formatDate takes java.text.SimpleDateFormat patterns, so both are
 * reproduced here rather than Node's or date-fns' conventions.
 *
 * The services live in ./utilities/, one module per Apps Script class:
 *   utilities.ts Utilities, blob.ts Blob, logger.ts Logger;
 * and what they share: enums.ts, bytes.ts (signed bytes, charsets),
 * format-date.ts (SimpleDateFormat).
 */
export { createUtilities } from './utilities/utilities';
export { Blob, blobBuffer, blobOf, type BlobLike, type BlobSourceLike } from './utilities/blob';
export { createLogger } from './utilities/logger';


export { formatDate } from './utilities/format-date';
