/** Utilities' enums, as the bundle reads them (Utilities.DigestAlgorithm.SHA_256, ...). */
export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;

export const MacAlgorithm = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const;

export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

// Enum arguments as methods take them: the emulator's enums hold names (what a script reads from
// Utilities.Charset etc. here); @types declares Apps Script's own enums, which a call may be typed with.
export type DigestAlgorithmArg = string | GoogleAppsScript.Utilities.DigestAlgorithm;
export type MacAlgorithmArg = string | GoogleAppsScript.Utilities.MacAlgorithm;
export type CharsetArg = string | GoogleAppsScript.Utilities.Charset;
