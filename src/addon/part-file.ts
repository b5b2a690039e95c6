/**
 * How a lazily loaded part sits in its HTML file of the project (parts.ts
 * says why parts exist): its code inside a script element that no browser
 * runs (type text/plain), so the file stays a valid HTML file, as
 * dist/column-help.html is. Used by scripts/build.mjs to write it and by
 * parts.ts to read it back. No Apps Script globals here.
 */

/** A part's file name in dist/ (without .html). */
export function partFile(name: string): string {
  return `part-${name}`;
}

const OPEN = '<script type="text/plain" id="lodesk-part">';
const CLOSE = '</script>';

/** The file's content for a part's code. A "</script" inside the code is written "<\/script", the same code in JavaScript. */
export function partHtml(code: string): string {
  return `<!DOCTYPE html>${OPEN}${code.replace(/<\/(script)/gi, '<\\/$1')}${CLOSE}\n`;
}

/** The code a part's file holds, or undefined when the content is not one. */
export function partCode(content: string): string | undefined {
  const start = content.indexOf(OPEN);
  const end = content.lastIndexOf(CLOSE);
  return start < 0 || end < start ? undefined : content.slice(start + OPEN.length, end);
}
