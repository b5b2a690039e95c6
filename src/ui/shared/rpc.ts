/**
 * google.script.run as promises, typed from the entry points' own signatures
 * (src/addon/bridge.ts; types only, so nothing of the server is bundled here).
 * Arguments and results are plain JSON (no Date: google.script.run cannot
 * carry one). A failure carries the server's message.
 */
import type { EntryArgs, EntryName, EntryValue } from '../../addon/bridge';

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (err: unknown) => void): Runner;
  [fn: string]: unknown;
}

function runner(): Runner | undefined {
  const g = (window as unknown as { google?: { script?: { run?: Runner } } }).google;
  return g?.script?.run;
}

export function messageOf(err: unknown): string {
  if (err && typeof err === 'object' && typeof (err as Error).message === 'string') return (err as Error).message;
  return String(err);
}

/** Calls the server function `name`; the result has that function's own return type, as it crosses the wire. */
export function serverCall<K extends EntryName>(name: K, ...args: EntryArgs<K>): Promise<EntryValue<K>> {
  return new Promise<EntryValue<K>>((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new Error('This page must be opened from LO Desk (google.script.run is missing).'));
      return;
    }
    // The one place a result is trusted to be what the signature says: the server built it from that type.
    const r = run.withSuccessHandler((v) => resolve(v as EntryValue<K>)).withFailureHandler((e) => reject(new Error(messageOf(e))));
    const target = r[name];
    if (typeof target !== 'function') {
      reject(new Error(`No server function ${name}.`));
      return;
    }
    (target as (...a: unknown[]) => void).apply(r, args);
  });
}

/** The page's language choice, kept in the browser when it allows it. */
export function savedLang(): 'th' | 'en' | undefined {
  try {
    const v = window.localStorage.getItem('lodesk.lang');
    return v === 'th' || v === 'en' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function saveLang(lang: 'th' | 'en'): void {
  try {
    window.localStorage.setItem('lodesk.lang', lang);
  } catch {
    // Storage refused (private mode, sandbox): the switch still works for this visit.
  }
}
