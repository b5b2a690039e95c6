/**
 * google.script.run as promises. Arguments and results are plain JSON (no Date:
 * google.script.run cannot carry one). A failure carries the server's message.
 */
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

export function call<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new Error('This page must be opened from LO Desk (google.script.run is missing).'));
      return;
    }
    const r = run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler((e) => reject(new Error(messageOf(e))));
    const target = r[fn];
    if (typeof target !== 'function') {
      reject(new Error(`No server function ${fn}.`));
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
