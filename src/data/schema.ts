import { z } from 'astro/zod';
import { isValidIsoDate } from '../lib/dates.ts';

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
  /** Who issued or published the text (the issuing body, not the site a copy was read on). */
  publisher: z.string().min(1),
  url: z.url(),
  /** Where the copy at `url` is hosted, when that is not the publisher's own site: credited as "copy at …". */
  copyAt: z.string().min(1).optional(),
  /** A state-run outlet (SOURCES.md's reliability notes): credited after primary and independent sources. */
  stateMedia: z.literal(true).optional(),
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
  /** Qualifies the date (contested, or differently given by sources): shown wherever the date is. */
  dateNote: z.string().min(1).optional(),
  /** For maintainers (how the record was built); never published. */
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

const recordId = z.string().regex(/^[a-z0-9-]+$/, { message: 'must be lower-case letters, digits and hyphens' });

/** actors.json: states, organisations and courts, with dated relations between them. */
export const RELATION_KINDS = ['alliance', 'military-support', 'security-treaty', 'peacekeeping', 'mediation', 'conflict', 'criticism', 'legal'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const actorRelation = z.object({
  to: recordId,
  kind: z.enum(RELATION_KINDS),
  from: isoDate,
  until: isoDate.optional(),
  /** Still in force, but one party says it has frozen its part from this date (drawn as frozen, not ended). */
  frozenFrom: isoDate.optional(),
  note: z.string().min(1),
  sources,
});
export const actor = z.object({
  id: recordId,
  name: z.string().min(1),
  type: z.string().min(1),
  description: z.string().min(1),
  descriptionSources: sources,
  relations: z.array(actorRelation),
});
export type Actor = z.infer<typeof actor>;

export const actors = z.array(actor).superRefine((list, ctx) => {
  const ids = new Set(list.map((a) => a.id));
  list.forEach((a, i) =>
    a.relations.forEach((r, j) => {
      if (!ids.has(r.to)) ctx.addIssue({ code: 'custom', path: [i, 'relations', j, 'to'], message: `unknown actor "${r.to}"` });
      if (r.until && r.until < r.from) ctx.addIssue({ code: 'custom', path: [i, 'relations', j, 'until'], message: `is before from (${r.from})` });
      if (r.frozenFrom && r.frozenFrom < r.from) ctx.addIssue({ code: 'custom', path: [i, 'relations', j, 'frozenFrom'], message: `is before from (${r.from})` });
      if (r.frozenFrom && r.until) ctx.addIssue({ code: 'custom', path: [i, 'relations', j, 'frozenFrom'], message: 'a relation that has ended (until) cannot also be frozen' });
    }),
  );
});

/** population.json: census rows and estimates; null = not confirmed by a retrieved source. */
const populationGroup = z.object({
  count: z.number().int().nonnegative().nullable().optional(),
  countRange: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  sharePct: z.number().min(0).max(100).nullable(),
});
export const populationRecord = z.object({
  id: recordId,
  year: z.number().int(),
  kind: z.string().min(1),
  territory: z.string().min(1),
  total: z.number().int().positive().nullable(),
  totalNote: z.string().optional(),
  groups: z.record(z.string(), populationGroup),
  note: z.string().min(1),
  sources,
});
export type PopulationRecord = z.infer<typeof populationRecord>;
export const population = z.object({ description: z.string(), records: z.array(populationRecord).min(1) });

/** displacement.json: sourced counts, each with who reports it; ranges as valueRange with value null. */
export const displacementFigure = z
  .object({
    id: recordId,
    period: z.string().optional(),
    date: isoDate.optional(),
    /** Local time in Armenia/Azerbaijan (UTC+4), "HH:MM" or a part of the day. */
    timeLocal: z.string().regex(/^(\d{2}:\d{2}|morning|afternoon|evening|night)$/).optional(),
    value: z.number().nonnegative().nullable(),
    valueRange: z.tuple([z.number().nonnegative(), z.number().nonnegative()]).optional(),
    approximate: z.boolean(),
    unit: z.string().min(1),
    counts: z.string().min(1),
    reportedBy: z.string().min(1),
    chartSeries: z.enum(['armenian-government-count', 'other-report']).optional(),
    note: z.string().optional(),
    sources,
  })
  .refine((d) => d.value !== null || d.valueRange !== undefined || d.note !== undefined, {
    message: 'needs a value, a valueRange or a note saying why there is none',
    path: ['value'],
  });
export type DisplacementFigure = z.infer<typeof displacementFigure>;
export const displacement = z.object({
  description: z.string(),
  war1988to1994: z.array(displacementFigure),
  war2020: z.array(displacementFigure),
  exodus2023Cumulative: z.array(displacementFigure).min(1),
  exodus2023DailyFlowsContested: z.array(displacementFigure),
  exodus2023Totals: z.array(displacementFigure).min(1),
  exodus2023Casualties: z.array(displacementFigure),
});
export type Displacement = z.infer<typeof displacement>;

/** places.json: places the map can name. `names.en` gives both names where usage differs ("Stepanakert / Khankendi"). */
export const place = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    names: z.object({
      en: z.string().min(1),
      armenianUsage: z.string().min(1).optional(),
      azerbaijaniUsage: z.string().min(1).optional(),
      native: z.record(z.string(), z.string().min(1)).optional(),
    }),
    kind: z.string().min(1),
    /** null where no source gives coordinates: such a place is never plotted. */
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    coordinateNote: z.string().optional(),
    country: z.string().min(1),
    note: z.string().optional(),
    sources,
  })
  .refine((p) => (p.lat === null) === (p.lon === null), { message: 'lat and lon must both be given or both be null', path: ['lon'] })
  .refine((p) => !p.names.armenianUsage === !p.names.azerbaijaniUsage, {
    message: 'give both armenianUsage and azerbaijaniUsage, or neither',
    path: ['names'],
  });
export type Place = z.infer<typeof place>;
export const places = z.array(place);
