/**
 * What the main bundle lends a lazily loaded part (see parts.ts): the
 * exports of every module both use, so each module exists once per execution
 * (one i18n table, one clock, one set of classes). scripts/build.mjs replaces
 * this file's content when it bundles dist/Code.js: `SHARED` lists, in the
 * build's order, an object of the exports each part takes from a module of
 * Code.js, and `SHARED_ID` names that list so a part built with another
 * Code.js refuses to run. Unbuilt (tests of src/), no part is loaded.
 */
export const SHARED: readonly Readonly<Record<string, unknown>>[] = [];
export const SHARED_ID = 'unbuilt';
