import { z } from 'astro/zod';
import { isoDate } from '../../data/schema.ts';
import { END, START, type ExodusState } from './layout.ts';

/** An exodus step's state: which days of counts to show, and whether to add the totals and the population before. */
export function exodusStateSchema(): z.ZodType<ExodusState> {
  const first = START.slice(0, 10);
  const last = END.slice(0, 10);
  return z
    .strictObject({
      through: isoDate.default(last),
      total: z.boolean().default(false),
      before: z.boolean().default(false),
    })
    .superRefine((s, ctx) => {
      if (s.through.length !== 10) ctx.addIssue({ code: 'custom', path: ['through'], message: 'must be a day (YYYY-MM-DD)' });
      else if (s.through < first || s.through > last) ctx.addIssue({ code: 'custom', path: ['through'], message: `must lie between ${first} and ${last}` });
    });
}
