import { Marked } from 'marked';
import { glossaryHref } from '../glossary/index.ts';
import { markFirstUses, type MarkableTerm } from '../glossary/mark.ts';
import type { GlossaryEntry } from '../glossary/schema.ts';
import { analysisMark } from './labels.ts';

const markdown = new Marked({ gfm: true });

/** Step prose and notes are Markdown in the content files; rendered at build time only. */
export function renderMarkdown(text: string): string {
  return markdown.parse(text, { async: false });
}

export function renderInlineMarkdown(text: string): string {
  return markdown.parseInline(text, { async: false });
}

/** Where the story's links go: pages of its own language. */
export interface StoryLinks {
  /** A page of the story's language ("glossary/", "sources/#labels"). */
  link(path: string): string;
  /** The glossary in the story's language, whose terms are marked at their first use. */
  glossary: GlossaryEntry[];
  /** The words of the link from a marked term to its entry. */
  more: string;
}

/** The glossary as the story marks it: headword, phrases, definition as HTML, link to its entry. */
export const markableTerms = ({ link, glossary, more }: StoryLinks): MarkableTerm[] =>
  glossary.map((entry) => ({
    id: entry.id,
    term: entry.term,
    phrases: entry.mark,
    definitionHtml: renderInlineMarkdown(entry.definition),
    href: glossaryHref(entry.id, link),
    more,
  }));

/**
 * The article's own analysis inside a reported section: each phrase (checked to be in the text by the
 * story schema) becomes a link to what the mark means, described to screen readers by the story's
 * explanation (#analysis-mark-explained), so the sentence itself reads on unchanged. Inline HTML survives Markdown.
 */
export function markAnalysis(text: string, phrases: readonly string[], href: string): string {
  return phrases.reduce((out, phrase) => {
    const spaced = new RegExp(phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    return out.replace(spaced, (words) => `<a class="analysis-mark" href="${href}" aria-describedby="${analysisMark.descriptionId}">${words}</a>`);
  }, text);
}

let rendered: { key: string; byStep: Map<string, { html: string; marked: string[] }> } | undefined;

/**
 * The story's step prose as HTML, by step id, with the first use of each glossary term in the
 * whole story marked (see src/glossary/mark.ts). Every step component asks for the same story,
 * so the result is kept for the last story seen.
 */
export function renderStoryText(steps: readonly { id: string; text: string; analysis?: string[] }[], links: StoryLinks): Map<string, { html: string; marked: string[] }> {
  const href = links.link(analysisMark.href);
  const key = JSON.stringify([href, steps.map((s) => [s.id, s.text, s.analysis])]);
  if (rendered?.key !== key) {
    const results = markFirstUses(steps.map((s) => renderMarkdown(markAnalysis(s.text, s.analysis ?? [], href))), markableTerms(links));
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
