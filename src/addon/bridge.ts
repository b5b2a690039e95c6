/**
 * The server as its callers see it: the pages (src/ui/shared/rpc.ts), the
 * command line and the tests (src/local/emulator/entry-call.ts) all call the
 * entry points through these types, read from main.ts's own signatures (as
 * enuchi's GASClient<typeof server> does), so no caller casts a result.
 *
 * Types only: nothing imports a value from here, so nothing of the server is
 * bundled into a page (an `import type` is erased), and main.ts does not
 * import this file, so it adds nothing to dist/Code.js either.
 */
import type * as Main from './main';

/** Every entry point of dist/Code.js, by name, with its own signature. */
export type Server = typeof Main;
export type EntryName = keyof Server;
export type EntryArgs<K extends EntryName> = Parameters<Server[K]>;

/**
 * What a value becomes on its way through google.script.run: plain JSON.
 * A Date or a function cannot cross (Google fails the call; the emulator's
 * toWireValue throws), so they become `never`, and a caller that uses one
 * does not compile; test/types/bridge.ts checks that no result the pages or
 * the command line read holds one. Undefined properties are dropped on the
 * way, which an optional property already says.
 */
export type Wire<T> = T extends Date
  ? never
  : T extends (...args: never[]) => unknown
    ? never
    : T extends readonly (infer E)[]
      ? Wire<E>[]
      : T extends object
        ? { [P in keyof T]: Wire<T[P]> }
        : T;

/** What an entry point's caller receives. */
export type EntryValue<K extends EntryName> = Wire<ReturnType<Server[K]>>;
