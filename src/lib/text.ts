/** A URL fragment or id from a title or name: "The current situation" -> "the-current-situation". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents, split off by NFKD: "ğ" -> "g"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * SVG text is laid out at build time, where nothing can measure it: widths are estimated from the
 * average advance of a character, as a fraction of the font size, in the UI font (Inter) or the
 * text font (Source Serif). Cyrillic letters are wider on average than Latin ones in both faces
 * (Inter 0.62 em against about 0.52; measured over the Russian edition's labels), so they count
 * apart: one average for both scripts let Russian map names run out of their frame.
 */
const CHAR_WIDTH_EM = { ui: 0.56, text: 0.5 };
const CYRILLIC_WIDTH_EM = { ui: 0.66, text: 0.66 };
const CYRILLIC = /[\u0400-\u04FF]/u;
export type Face = keyof typeof CHAR_WIDTH_EM;

/** How wrapped text is set: its font size in px, its face, and the narrowest line (in characters) it may be given. */
export interface WrapOptions {
  fontPx: number;
  face?: Face;
  minChars?: number;
}

/** Estimated width in px of one line of text. */
export function textWidth(text: string, fontPx: number, face: Face = 'ui'): number {
  const chars = [...text];
  const cyrillic = chars.filter((char) => CYRILLIC.test(char)).length;
  return ((chars.length - cyrillic) * CHAR_WIDTH_EM[face] + cyrillic * CYRILLIC_WIDTH_EM[face]) * fontPx;
}

/**
 * Greedy word wrap into lines no wider than `widthPx` (or `minChars` average characters, if that is
 * wider): SVG text has no line breaking of its own. A word wider than the line keeps a line of its own.
 */
export function wrapText(text: string, widthPx: number, options: WrapOptions): string[] {
  return wrapParts(text.split(/\s+/).filter(Boolean), ' ', widthPx, options);
}

/** Greedy wrap of parts that must not be split (words, or phrases such as "CC BY 4.0"), joined by `joiner`. */
export function wrapParts(parts: string[], joiner: string, widthPx: number, { fontPx, face = 'ui', minChars = 1 }: WrapOptions): string[] {
  const room = Math.max(widthPx, minChars * fontPx * CHAR_WIDTH_EM[face]);
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const joined = line ? `${line}${joiner}${part}` : part;
    if (line && textWidth(joined, fontPx, face) > room) {
      lines.push(line);
      line = part;
    } else {
      line = joined;
    }
  }
  if (line) lines.push(line);
  return lines;
}
