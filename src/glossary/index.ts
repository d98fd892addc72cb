import { factSources } from '../data/index.ts';
import { parseDataFile } from '../data/load.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { glossarySchema, type GlossaryEntry } from './schema.ts';

/** Each language's glossary: src/content/glossary/<locale>.json. */
const files = import.meta.glob<unknown>('../content/glossary/*.json', { eager: true, import: 'default' });
const cache = new Map<Locale, GlossaryEntry[]>();

/**
 * The glossary in a language, in reading order (alphabetical by headword in that language), validated at
 * build time. A translation has the English entries (the same ids), each citing the same records and
 * linking the same entries, with as many names: the build fails naming the language, the file and the entry.
 */
export function glossaryFor(locale: Locale = DEFAULT_LOCALE): GlossaryEntry[] {
  let found = cache.get(locale);
  if (!found) cache.set(locale, (found = load(locale)));
  return found;
}

function load(locale: Locale): GlossaryEntry[] {
  const file = `src/content/glossary/${locale}.json`;
  const raw = files[`../content/glossary/${locale}.json`];
  if (!raw) throw new Error(`locale ${locale}: no glossary (expected ${file})`);
  const entries = parseDataFile(file, glossarySchema(factSources), raw).sort((a, b) =>
    a.term.replace(/^\P{L}+/u, '').localeCompare(b.term.replace(/^\P{L}+/u, ''), locale),
  );
  if (locale !== DEFAULT_LOCALE) {
    const problems = glossaryDivergence(glossaryFor(DEFAULT_LOCALE), entries);
    if (problems.length > 0) throw new Error(`locale ${locale}: ${file} departs from the English glossary: ${problems.join('; ')}`);
  }
  return entries;
}

/** Where a translated glossary departs from the English one beyond its words (empty when they agree). */
export function glossaryDivergence(reference: GlossaryEntry[], translation: GlossaryEntry[]): string[] {
  const theirs = new Map(translation.map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const ref of reference) {
    const own = theirs.get(ref.id);
    if (!own) problems.push(`missing entry "${ref.id}"`);
    else {
      if (own.facts.join() !== ref.facts.join()) problems.push(`"${ref.id}": cites other facts than English`);
      if ([...own.seeAlso].sort().join() !== [...ref.seeAlso].sort().join()) problems.push(`"${ref.id}": links other entries than English`);
      if (own.names.length !== ref.names.length) problems.push(`"${ref.id}": ${own.names.length} names, English ${ref.names.length}`);
    }
  }
  const ids = new Set(reference.map((e) => e.id));
  for (const e of translation) if (!ids.has(e.id)) problems.push(`extra entry "${e.id}"`);
  return problems;
}

/** Where an entry lives: the glossary page of the page's language (reachable without JavaScript). */
export function glossaryHref(id: string, link: (path: string) => string): string {
  return `${link('glossary/')}#${glossaryAnchor(id)}`;
}

export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}
