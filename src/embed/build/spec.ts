import { fill } from '../../i18n/fill.ts';
import type { PageI18n } from '../../i18n/page.ts';
import { site } from '../../site.ts';
import { ADDRESS, type SnippetSpec } from './snippets.ts';

/**
 * A snippet's spec in the page's language: its embed addresses carry the language, its frame is titled and
 * its credit line worded in it. `title` defaults to the story's headline.
 */
export function snippetSpec(
  { t, prefix }: Pick<PageI18n, 't' | 'prefix'>,
  spec: Pick<SnippetSpec, 'kind'> & Partial<Pick<SnippetSpec, 'viz' | 'step' | 'title' | 'height'>>,
): SnippetSpec {
  return {
    ...spec,
    locale: prefix,
    title: spec.title ?? t.site.headline,
    ...(spec.kind === 'pym' ? { comment: t.embedPanel.pymComment } : {}),
    ...(spec.kind === 'credit' ? { credit: creditTemplate({ t }) } : {}),
  };
}

/** The credit line to print beside the republished story, with {@link ADDRESS} for the story's address. */
export function creditTemplate({ t }: Pick<PageI18n, 't'>): string {
  return fill(t.embedPanel.creditLine, { headline: t.site.headline, credit: t.site.credit, address: ADDRESS, licence: site.licence.name, licenceUrl: site.licence.url });
}
