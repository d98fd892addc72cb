import { Marked } from 'marked';

const markdown = new Marked({ gfm: true });

/** Step prose and notes are Markdown in the content files; rendered at build time only. */
export function renderMarkdown(text: string): string {
  return markdown.parse(text, { async: false });
}

export function renderInlineMarkdown(text: string): string {
  return markdown.parseInline(text, { async: false });
}
