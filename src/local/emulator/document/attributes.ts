/**
 * Attribute maps (setAttributes / getAttributes) to and from run styles, and
 * the argument checks the element classes share. The bundle is plain
 * JavaScript, so every argument is checked at run time as Apps Script does.
 */
import { Attribute } from './enums';
import type { RunStyle } from './model';

export function checkBool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') throw new Error(`Invalid argument: ${what}`);
  return v;
}

export function checkColor(v: unknown): string {
  if (typeof v !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(v)) throw new Error(`Invalid argument: color (expected #rrggbb, got ${String(v)})`);
  return v;
}

export function checkEnum(v: unknown, values: Record<string, string>, what: string): string {
  if (!Object.values(values).includes(v as string)) throw new Error(`Invalid argument: ${what} (${String(v)})`);
  return v as string;
}

export function styleFromAttributes(attrs: Record<string, unknown>): RunStyle {
  const s: RunStyle = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    switch (k) {
      case Attribute.BOLD:
        s.bold = v === null ? undefined : checkBool(v, k);
        break;
      case Attribute.ITALIC:
        s.italic = v === null ? undefined : checkBool(v, k);
        break;
      case Attribute.UNDERLINE:
        s.underline = v === null ? undefined : checkBool(v, k);
        break;
      case Attribute.STRIKETHROUGH:
        s.strikethrough = v === null ? undefined : checkBool(v, k);
        break;
      case Attribute.LINK_URL:
        s.link = v === null || v === '' ? null : String(v);
        break;
      case Attribute.FONT_SIZE:
        s.fontSize = v === null ? undefined : Number(v);
        break;
      case Attribute.FONT_FAMILY:
        s.fontFamily = v === null ? undefined : String(v);
        break;
      case Attribute.FOREGROUND_COLOR:
        s.color = v === null ? undefined : checkColor(v);
        break;
      case Attribute.BACKGROUND_COLOR:
        s.background = v === null ? undefined : checkColor(v);
        break;
      default:
        break;
    }
  }
  return s;
}

export function attributesOf(style: RunStyle): Record<string, unknown> {
  return {
    [Attribute.BOLD]: style.bold ?? null,
    [Attribute.ITALIC]: style.italic ?? null,
    [Attribute.UNDERLINE]: style.underline ?? null,
    [Attribute.STRIKETHROUGH]: style.strikethrough ?? null,
    [Attribute.LINK_URL]: style.link ?? null,
    [Attribute.FONT_SIZE]: style.fontSize ?? null,
    [Attribute.FONT_FAMILY]: style.fontFamily ?? null,
    [Attribute.FOREGROUND_COLOR]: style.color ?? null,
    [Attribute.BACKGROUND_COLOR]: style.background ?? null,
  };
}
