import { z } from 'astro/zod';
import { isValidIsoDate } from '../viz/dates.ts';

/**
 * Schemas for the sourced data in src/data/. Every record must carry at least one source:
 * a figure without one fails the build (see load.ts for the file-and-field error messages).
 */
/** YAML turns unquoted 2023-09-19 into a Date and 1920 into a number: both are read back as ISO strings. */
function toIsoString(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

export const isoDate = z.preprocess(
  toIsoString,
  z.string().refine(isValidIsoDate, { message: 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' }),
);

export const source = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.string().url(),
});
export type Source = z.infer<typeof source>;

export const sources = z.array(source).min(1, { message: 'needs at least one source' });

export const timelineEvent = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: isoDate,
  dateEnd: isoDate.optional(),
  title: z.string().min(1),
  summary: z.string().min(1),
  actors: z.array(z.string()),
  places: z.array(z.string()),
  sources,
  note: z.string().optional(),
});
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const timeline = z.array(timelineEvent);

/** forces.json: single sourced figures (peacekeepers, exercises, casualties by who reports them). */
export const forceFigure = z.looseObject({
  id: z.string(),
  label: z.string().min(1),
  date: isoDate.optional(),
  dateEnd: isoDate.optional(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  reportedBy: z.string().min(1),
  note: z.string().optional(),
  sources,
});
export const forces = z.array(forceFigure);
