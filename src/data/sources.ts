import type { Messages } from '../i18n/messages.ts';
import { fill } from '../i18n/fill.ts';
import type { Source } from './schema.ts';

/**
 * How sources are credited to readers: the issuing body first, with the site a copy was read on as
 * "copy at …"; each source once (a note citing two records that share a source lists it once); and
 * state-run outlets after the primary and independent sources they stand beside.
 */
export function sourceCredit(source: Source, t: Pick<Messages, 'common'>): string {
  return source.copyAt ? fill(t.common.copyAt, { publisher: source.publisher, site: source.copyAt }) : source.publisher;
}

export function creditOrder(sources: readonly Source[]): Source[] {
  const unique = [...new Map(sources.map((s) => [s.url, s])).values()];
  return [...unique.filter((s) => !s.stateMedia), ...unique.filter((s) => s.stateMedia)];
}
