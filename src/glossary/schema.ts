import { z } from 'astro/zod';
import type { Source } from '../data/schema.ts';
import { creditOrder } from '../data/sources.ts';

/**
 * The glossary (src/content/glossary/<locale>.json): neutral definitions of the story's key terms. Where the
 * sides use different names, `names` says who uses which and every name must appear in the
 * headword ("Stepanakert / Khankendi"). Every definition states facts, so every entry cites
 * sourced records of src/data/ ("timeline/offensive-2023", "places/lachin", ...).
 */
const entryId = z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'must be lower-case letters, digits and hyphens' });

export const glossaryEntry = z.strictObject({
  id: entryId,
  /** Headword, with both names where usage differs. */
  term: z.string().min(1),
  names: z.array(z.strictObject({ name: z.string().min(1), usedBy: z.string().min(1) })).default([]),
  /** Inline Markdown. */
  definition: z.string().min(40),
  /** Phrases whose first occurrence in the story is marked as this term. */
  mark: z.array(z.string().min(2)).default([]),
  facts: z.array(z.string()).min(1, { message: 'a definition states facts: cite at least one record of src/data/' }),
  seeAlso: z.array(entryId).default([]),
});

export function glossarySchema(sourcesByRef: Record<string, Source[]>) {
  return z.array(glossaryEntry).transform((entries, ctx) => {
    const ids = new Set<string>();
    const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path: path.map((p) => (typeof p === 'number' ? p : String(p))), message });
    const markedBy = new Map<string, string>();
    entries.forEach((entry, i) => {
      if (ids.has(entry.id)) problem([i, 'id'], `duplicate glossary id "${entry.id}"`);
      ids.add(entry.id);
      entry.names.forEach((n, j) => {
        if (!entry.term.toLowerCase().includes(n.name.toLowerCase())) problem([i, 'names', j, 'name'], `"${n.name}" must appear in the headword "${entry.term}" so both names are shown`);
      });
      entry.mark.forEach((phrase, j) => {
        const other = markedBy.get(phrase);
        if (other) problem([i, 'mark', j], `"${phrase}" is already marked as "${other}"`);
        markedBy.set(phrase, entry.id);
      });
      entry.facts.forEach((ref, j) => {
        if (!sourcesByRef[ref]) problem([i, 'facts', j], `unknown fact "${ref}" (expected "<data file>/<record id>")`);
      });
    });
    entries.forEach((entry, i) =>
      entry.seeAlso.forEach((id, j) => {
        if (!ids.has(id)) problem([i, 'seeAlso', j], `unknown glossary entry "${id}"`);
      }),
    );
    return entries.map((entry) => ({ ...entry, sources: creditOrder(entry.facts.flatMap((ref) => sourcesByRef[ref] ?? [])) }));
  });
}

export type GlossaryEntry = z.output<ReturnType<typeof glossarySchema>>[number];
