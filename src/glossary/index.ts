import { z } from 'astro/zod';
import { factSources } from '../data/index.ts';
import { parseDataFile } from '../data/load.ts';
import { sources } from '../data/schema.ts';
import glossaryJson from '../data/glossary.json';
import placesJson from '../data/places.json';
import { glossarySchema, type GlossaryEntry } from './schema.ts';
import { url } from '../site.ts';

/** Places carry the names each side uses, so the glossary cites them too ("places/<id>"). */
const placeRecords = parseDataFile('src/data/places.json', z.array(z.looseObject({ id: z.string(), sources })), placesJson);
const sourcesByRef = { ...Object.fromEntries(placeRecords.map((p) => [`places/${p.id}`, p.sources])), ...factSources };

/** The glossary in reading order (alphabetical by headword), validated at build time. */
export const glossary: GlossaryEntry[] = parseDataFile('src/data/glossary.json', glossarySchema(sourcesByRef), glossaryJson).sort((a, b) =>
  a.term.replace(/^\W+/, '').localeCompare(b.term.replace(/^\W+/, ''), 'en'),
);

/** Where an entry lives: the glossary page (reachable without JavaScript). */
export function glossaryHref(id: string): string {
  return `${url('glossary/')}#${glossaryAnchor(id)}`;
}

export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}
