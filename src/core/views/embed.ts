/**
 * A view embedded in the served page, so the page needs no call to get it:
 * JSON inside <script type="application/json">, read back with JSON.parse
 * of the element's text (never innerHTML). Sheet data in it must not end the
 * script element or start a comment: every "<", ">" and "&" is written as a
 * \u escape, which JSON.parse reads back as the same character; U+2028 and
 * U+2029 likewise (line breaks to older JavaScript parsers).
 */

/** The id of the element the page reads its view from. */
export const EMBEDDED_VIEW_ID = 'lo-view';

/** Where a page's index.html wants its view (kept by the build, replaced when served). */
export const VIEW_MARKER = '<!-- lo-desk:view -->';

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The page with `value` in it, at its marker (or before </body> when it has none). */
export function embedView(html: string, value: unknown): string {
  const tag = `<script type="application/json" id="${EMBEDDED_VIEW_ID}">${jsonForScript(value)}</script>`;
  if (html.includes(VIEW_MARKER)) return html.replace(VIEW_MARKER, () => tag);
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + tag : html.slice(0, end) + tag + html.slice(end);
}
