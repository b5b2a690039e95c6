/**
 * Sections of the README that are made from the code (the access table, the
 * scope table): each sits between two markers, `<!-- NAME:start (...) -->`
 * and `<!-- NAME:end -->`, and is rewritten whole, never edited by hand.
 */

function sectionStart(name: string, madeBy: string): string {
  return `<!-- ${name}:start (made by ${madeBy}; do not edit by hand) -->`;
}

function sectionEnd(name: string): string {
  return `<!-- ${name}:end -->`;
}

/** The text with section NAME replaced by `body`; throws when its markers are missing. */
export function withSection(text: string, name: string, madeBy: string, body: string): string {
  const a = text.indexOf(`<!-- ${name}:start`);
  const end = sectionEnd(name);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`the README has no ${name} markers (${sectionStart(name, madeBy)} … ${end})`);
  return `${text.slice(0, a)}${sectionStart(name, madeBy)}\n${body}\n${end}${text.slice(b + end.length)}`;
}

/** What section NAME holds now ('' when it is missing). */
export function sectionBody(text: string, name: string): string {
  const a = text.indexOf(`<!-- ${name}:start`);
  const b = text.indexOf(sectionEnd(name));
  if (a < 0 || b < a) return '';
  return text.slice(text.indexOf('\n', a) + 1, b).replace(/\n$/, '');
}
