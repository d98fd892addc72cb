/**
 * Build-time marking of glossary terms in rendered step HTML: the first use of each term in the
 * story becomes a link to its glossary entry (works without JavaScript) followed by the hidden
 * definition, which src/client/glossary.ts turns into a disclosure button.
 */
import { escapeMarkup } from '../lib/escape.ts';

export interface MarkableTerm {
  id: string;
  /** Headword shown above the definition. */
  term: string;
  /** Phrases that count as a use of the term. */
  phrases: string[];
  /** The definition as inline HTML. */
  definitionHtml: string;
  /** The entry on the glossary page. */
  href: string;
  /** The words of the link to it ("Glossary entry and sources"). */
  more: string;
}

/** Text inside these elements is never marked (a link or button inside a link is invalid). */
const SKIP = new Set(['a', 'button', 'code', 'pre']);
const TAG = /(<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>)/;

/** Marks, in story order, the first use of each term; returns each step's HTML and the terms it marked. */
export function markFirstUses(htmlInOrder: string[], terms: MarkableTerm[]): { html: string; marked: string[] }[] {
  const pending = new Map(terms.map((t) => [t.id, { term: t, patterns: t.phrases.map(phrasePattern) }]));
  return htmlInOrder.map((html) => {
    const marked: string[] = [];
    const parts = html.split(TAG);
    let skipDepth = 0;
    let out = '';
    // split() with two groups yields: text, whole tag, tag name, text, whole tag, tag name, ...
    for (let i = 0; i < parts.length; i += 3) {
      const text = parts[i] ?? '';
      out += skipDepth > 0 ? text : markText(text, pending, marked);
      const tag = parts[i + 1];
      const name = parts[i + 2]?.toLowerCase();
      if (tag && name) {
        out += tag;
        if (SKIP.has(name) && !tag.endsWith('/>')) skipDepth += tag.startsWith('</') ? -1 : 1;
      }
    }
    return { html: out, marked };
  });
}

function markText(text: string, pending: Map<string, { term: MarkableTerm; patterns: RegExp[] }>, marked: string[]): string {
  let out = '';
  let rest = text;
  for (;;) {
    let best: { id: string; term: MarkableTerm; index: number; match: string } | undefined;
    for (const [id, { term, patterns }] of pending) {
      for (const pattern of patterns) {
        const m = pattern.exec(rest);
        if (m && (!best || m.index < best.index)) best = { id, term, index: m.index, match: m[0] };
      }
    }
    if (!best) return out + rest;
    out += rest.slice(0, best.index) + termMarkup(best.term, best.match);
    rest = rest.slice(best.index + best.match.length);
    pending.delete(best.id);
    marked.push(best.id);
  }
}

/** The terms a text uses (any of their phrases, anywhere in it), in glossary order: a step's related terms. */
export function termsUsedIn<T extends Pick<MarkableTerm, 'phrases'>>(text: string, terms: T[]): T[] {
  return terms.filter((term) => term.phrases.some((phrase) => phrasePattern(phrase).test(text)));
}

/** A phrase as a whole word or words (not inside "enclaves" or "NATO's" prefix of a longer word). */
export function phrasePattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

export function definitionId(id: string): string {
  return `term-def-${id}`;
}

/** The link + definition pair; the definition is referenced as the link's description for screen readers. */
export function termMarkup(term: MarkableTerm, matchedHtml: string): string {
  const def = definitionId(term.id);
  return (
    `<span class="term" data-term="${term.id}">` +
    `<a class="term__ref" href="${escapeMarkup(term.href)}" aria-describedby="${def}">${matchedHtml}</a>` +
    `<span class="term__def" id="${def}" hidden>` +
    `<strong class="term__headword">${escapeMarkup(term.term)}</strong> ${term.definitionHtml} ` +
    `<a class="term__more" href="${escapeMarkup(term.href)}">${escapeMarkup(term.more)}</a>` +
    `</span></span>`
  );
}
