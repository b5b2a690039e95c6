/**
 * Colours as Apps Script exchanges them ('#rrggbb', lower case) and as xlsx
 * stores them (ARGB, theme or indexed colours).
 */

const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', lime: '#00ff00',
  blue: '#0000ff', yellow: '#ffff00', orange: '#ffa500', purple: '#800080', gray: '#808080',
  grey: '#808080', silver: '#c0c0c0', maroon: '#800000', navy: '#000080', teal: '#008080',
  olive: '#808000', aqua: '#00ffff', cyan: '#00ffff', fuchsia: '#ff00ff', magenta: '#ff00ff',
  pink: '#ffc0cb', brown: '#a52a2a', lightgray: '#d3d3d3', lightgrey: '#d3d3d3',
  darkgray: '#a9a9a9', darkgrey: '#a9a9a9', lightblue: '#add8e6', lightgreen: '#90ee90',
  lightyellow: '#ffffe0', gold: '#ffd700',
};

/** Office's default theme, so theme-coloured cells read as the colour a user sees. */
const THEME = [
  '#ffffff', '#000000', '#e7e6e6', '#44546a', '#4472c4', '#ed7d31',
  '#a5a5a5', '#ffc000', '#5b9bd5', '#70ad47', '#0563c1', '#954f72',
];

/** Legacy indexed palette (the first 16 entries; enough for files in the wild). */
const INDEXED = [
  '#000000', '#ffffff', '#ff0000', '#00ff00', '#0000ff', '#ffff00', '#ff00ff', '#00ffff',
  '#000000', '#ffffff', '#ff0000', '#00ff00', '#0000ff', '#ffff00', '#ff00ff', '#00ffff',
];

/** Parses a CSS-like colour to '#rrggbb'; throws a clear message on anything else. */
export function normalizeColor(color: string, method: string): string {
  const c = String(color).trim().toLowerCase();
  if (NAMED[c]) return NAMED[c];
  let m = /^#([0-9a-f]{6})$/.exec(c);
  if (m) return `#${m[1]}`;
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`;
  throw new Error(`${method}: "${color}" is not a colour (use '#rrggbb' or a CSS colour name).`);
}

export function hexToArgb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

interface XlsxColor {
  argb?: string;
  theme?: number;
  indexed?: number;
}

/** '#rrggbb' for an xlsx colour, or null when it carries no usable colour. */
export function xlsxColorToHex(color: XlsxColor | undefined): string | null {
  if (!color) return null;
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(color.argb)) {
    return `#${color.argb.slice(2).toLowerCase()}`;
  }
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{6}$/.test(color.argb)) {
    return `#${color.argb.toLowerCase()}`;
  }
  if (typeof color.theme === 'number' && THEME[color.theme]) return THEME[color.theme];
  if (typeof color.indexed === 'number' && INDEXED[color.indexed]) return INDEXED[color.indexed];
  return null;
}
