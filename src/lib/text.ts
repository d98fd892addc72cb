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
