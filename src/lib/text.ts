/** A URL fragment or id from a title or name: "The current situation" -> "the-current-situation". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents, split off by NFKD: "ğ" -> "g"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Greedy word wrap by character count: SVG text has no line breaking of its own. */
export function wrapText(text: string, maxChars: number): string[] {
  return wrapParts(text.split(/\s+/).filter(Boolean), maxChars, ' ');
}

/** Greedy wrap of parts that must not be split (words, or phrases such as "CC BY 4.0"), joined by `joiner`. */
export function wrapParts(parts: string[], maxChars: number, joiner: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (line && line.length + joiner.length + part.length > maxChars) {
      lines.push(line);
      line = part;
    } else {
      line = line ? `${line}${joiner}${part}` : part;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * SVG text is laid out at build time, where nothing can measure it: widths are estimated from the
 * average advance of a character, as a fraction of the font size, in the UI font (Inter) or the
 * text font (Source Serif).
 */
const CHAR_WIDTH_EM = { ui: 0.56, text: 0.5 };
export type Face = keyof typeof CHAR_WIDTH_EM;

/** Estimated width in px of one line of text. */
export function textWidth(text: string, fontPx: number, face: Face = 'ui'): number {
  return text.length * fontPx * CHAR_WIDTH_EM[face];
}

/** How many characters fit in a line this many px wide (at least `min`). */
export function charsPerLine(widthPx: number, fontPx: number, { min = 1, face = 'ui' }: { min?: number; face?: Face } = {}): number {
  return Math.max(min, Math.floor(widthPx / (fontPx * CHAR_WIDTH_EM[face])));
}
