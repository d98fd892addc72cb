import { z } from 'astro/zod';
import type { PopulationRow, PopulationState } from './layout.ts';

/** A population step's state: the records it highlights must exist in src/data/population.json. */
export function populationStateSchema(rows: PopulationRow[]): z.ZodType<PopulationState> {
  const ids = rows.map((r) => r.id);
  return z
    .strictObject({
      highlight: z.array(z.string()).default([]),
      shares: z.boolean().default(true),
    })
    .superRefine((s, ctx) => {
      s.highlight.forEach((id, i) => {
        if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['highlight', i], message: `unknown record "${id}" (known: ${ids.join(', ')})` });
      });
    });
}
