/**
 * Typing of the string tables. The English file of a domain is the reference; the
 * Thai file is typed `Translation<typeof En>`, so a key missing from or extra in
 * either language fails to compile.
 */
export type Translation<T> = { readonly [K in keyof T]: string };
