import { factSources } from '../data/index.ts';
import { parseDataFile } from '../data/load.ts';
import glossaryJson from '../data/glossary.json';
import { glossarySchema, type GlossaryEntry } from './schema.ts';
import { url } from '../site.ts';

/** The glossary in reading order (alphabetical by headword), validated at build time. */
export const glossary: GlossaryEntry[] = parseDataFile('src/data/glossary.json', glossarySchema(factSources), glossaryJson).sort((a, b) =>
  a.term.replace(/^\W+/, '').localeCompare(b.term.replace(/^\W+/, ''), 'en'),
);

/** Where an entry lives: the glossary page (reachable without JavaScript). */
export function glossaryHref(id: string): string {
  return `${url('glossary/')}#${glossaryAnchor(id)}`;
}

export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}
