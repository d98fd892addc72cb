import { Marked } from 'marked';
import { glossary, glossaryHref } from '../glossary/index.ts';
import { markFirstUses, type MarkableTerm } from '../glossary/mark.ts';

const markdown = new Marked({ gfm: true });

/** Step prose and notes are Markdown in the content files; rendered at build time only. */
export function renderMarkdown(text: string): string {
  return markdown.parse(text, { async: false });
}

export function renderInlineMarkdown(text: string): string {
  return markdown.parseInline(text, { async: false });
}

const glossaryTerms: MarkableTerm[] = glossary.map((entry) => ({
  id: entry.id,
  term: entry.term,
  phrases: entry.mark,
  definitionHtml: renderInlineMarkdown(entry.definition),
  href: glossaryHref(entry.id),
}));

let rendered: { key: string; byStep: Map<string, { html: string; marked: string[] }> } | undefined;

/**
 * The story's step prose as HTML, by step id, with the first use of each glossary term in the
 * whole story marked (see src/glossary/mark.ts). Every step component asks for the same story,
 * so the result is kept for the last story seen.
 */
export function renderStoryText(steps: readonly { id: string; text: string }[]): Map<string, { html: string; marked: string[] }> {
  const key = JSON.stringify(steps.map((s) => [s.id, s.text]));
  if (rendered?.key !== key) {
    const results = markFirstUses(steps.map((s) => renderMarkdown(s.text)), glossaryTerms);
    rendered = { key, byStep: new Map(steps.map((s, i) => [s.id, results[i]!])) };
  }
  return rendered.byStep;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Markdown as plain text (for link previews), cut at a word to at most `maxChars`. */
export function plainText(text: string, maxChars = Infinity): string {
  const plain = renderInlineMarkdown(text)
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= maxChars) return plain;
  return `${plain.slice(0, maxChars - 1).replace(/\s+\S*$/, '')}…`;
}
