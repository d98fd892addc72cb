import { factSources } from '../data/index.ts';
import { parseDataFile } from '../data/load.ts';
import glossaryJson from '../data/glossary.json';
import { glossarySchema, type GlossaryEntry } from './schema.ts';

/** The glossary in reading order (alphabetical by headword), validated at build time. */
export const glossary: GlossaryEntry[] = parseDataFile('src/data/glossary.json', glossarySchema(factSources), glossaryJson).sort((a, b) =>
  a.term.replace(/^\W+/, '').localeCompare(b.term.replace(/^\W+/, ''), 'en'),
);

/** Where an entry lives: the glossary page of the page's language (reachable without JavaScript). */
export function glossaryHref(id: string, link: (path: string) => string): string {
  return `${link('glossary/')}#${glossaryAnchor(id)}`;
}

export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}
