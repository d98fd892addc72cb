import { z } from 'astro/zod';
import { RELATION_KINDS, isoDate } from '../../data/schema.ts';
import { isValidIsoDate, parseIsoDate } from '../../lib/dates.ts';
import { isPicked, type ActorsData, type ActorsState } from './layout.ts';

/** An actors step's state, checked against the actors and relations in src/data/actors.json. */
export function actorsStateSchema(data: ActorsData): z.ZodType<ActorsState> {
  const ids = new Set(data.actors);
  const known = (id: string) => ids.has(id);
  const unknown = (id: string) => `unknown actor "${id}" (drawn: ${data.actors.join(', ')})`;
  return z
    .strictObject({
      asOf: isoDate,
      focus: z.array(z.string()).default([]),
      relations: z
        .array(z.strictObject({ between: z.tuple([z.string(), z.string()]), kind: z.enum(RELATION_KINDS).optional() }))
        .default([]),
    })
    .superRefine((s, ctx) => {
      s.focus.forEach((id, i) => {
        if (!known(id)) ctx.addIssue({ code: 'custom', path: ['focus', i], message: unknown(id) });
      });
      s.relations.forEach((pick, i) => {
        pick.between.forEach((id, j) => {
          if (!known(id)) ctx.addIssue({ code: 'custom', path: ['relations', i, 'between', j], message: unknown(id) });
        });
        if (!pick.between.every(known) || !isValidIsoDate(s.asOf)) return;
        const matching = data.relations.filter((r) => isPicked({ a: r.source, b: r.target, kind: r.kind }, [pick]));
        const what = `${pick.kind ? `"${pick.kind}" ` : ''}relation between ${pick.between.join(' and ')}`;
        if (matching.length === 0) ctx.addIssue({ code: 'custom', path: ['relations', i], message: `no ${what} in src/data/actors.json` });
        else if (matching.every((r) => parseIsoDate(r.from) > parseIsoDate(s.asOf)))
          ctx.addIssue({ code: 'custom', path: ['relations', i], message: `the ${what} only begins after asOf (${s.asOf})` });
      });
    });
}
