/**
 * Editing a paragraph's runs: styling, deleting and inserting by character
 * offset. Every edit leaves the runs normalised (no empty runs unless the
 * paragraph is empty, no two neighbours with the same style), so the .docx
 * gets one text run per change of formatting.
 */
import type { Run, RunStyle } from './model';

const STYLE_KEYS: (keyof RunStyle)[] = ['bold', 'italic', 'underline', 'strikethrough', 'link', 'fontSize', 'fontFamily', 'color', 'background'];

export function styleOf(run: Run | undefined): RunStyle {
  const s: RunStyle = {};
  if (!run) return s;
  for (const k of STYLE_KEYS) if (run[k] !== undefined) (s as Record<string, unknown>)[k] = run[k];
  return s;
}

function sameStyle(a: Run, b: Run): boolean {
  return STYLE_KEYS.every((k) => (a[k] ?? null) === (b[k] ?? null));
}

function normalise(runs: Run[]): void {
  for (let i = runs.length - 1; i >= 0; i--) {
    if (runs[i].text === '' && runs.length > 1) runs.splice(i, 1);
    else if (i > 0 && sameStyle(runs[i - 1], runs[i])) {
      runs[i - 1].text += runs[i].text;
      runs.splice(i, 1);
    }
  }
  if (runs.length === 0) runs.push({ text: '' });
}

/** Makes a run boundary at `offset`; returns the index of the run starting there. */
function splitAt(runs: Run[], offset: number): number {
  let pos = 0;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (offset === pos) return i;
    if (offset < pos + r.text.length) {
      const cut = offset - pos;
      runs.splice(i + 1, 0, { ...r, text: r.text.slice(cut) });
      r.text = r.text.slice(0, cut);
      return i + 1;
    }
    pos += r.text.length;
  }
  return runs.length;
}

export function applyStyle(runs: Run[], start: number, end: number, patch: RunStyle): void {
  if (end <= start) return;
  const a = splitAt(runs, start);
  const b = splitAt(runs, end);
  for (let i = a; i < b; i++) Object.assign(runs[i], patch);
  normalise(runs);
}

export function deleteRange(runs: Run[], start: number, end: number): void {
  if (end <= start) return;
  const a = splitAt(runs, start);
  const b = splitAt(runs, end);
  runs.splice(a, b - a);
  normalise(runs);
}

export function insertAt(runs: Run[], offset: number, text: string, style?: RunStyle): void {
  const i = splitAt(runs, offset);
  // Inserted text takes the style of the text before it, as typing does.
  const inherit = style ?? styleOf(runs[i - 1] ?? runs[i]);
  runs.splice(i, 0, { ...inherit, text });
  normalise(runs);
}

export function styleAt(runs: Run[], offset: number): RunStyle {
  let pos = 0;
  for (const r of runs) {
    if (offset < pos + r.text.length) return styleOf(r);
    pos += r.text.length;
  }
  return styleOf(runs[runs.length - 1]);
}
