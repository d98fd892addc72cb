const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe for HTML and XML (SVG): element content and double-quoted attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (c) => entities[c]!);
}
