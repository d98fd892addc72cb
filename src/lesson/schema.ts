import { z } from 'astro/zod';

/**
 * The kinds of statement the first activity asks students to tell apart (their names, letters and hints are
 * each language's: `lesson.statements.kinds` in src/i18n/messages/).
 */
export const STATEMENT_KINDS = ['reported-fact', 'attributed-claim', 'analysis', 'recommendation', 'inaccurate'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/**
 * The kinds of source in the "who said it?" activity, after the reliability notes of src/data/SOURCES.md
 * (named and explained in each language: `lesson.sourceCheck.kinds`). `stateMedia` says which kinds a
 * source marked as state media may be.
 */
export const SOURCE_KINDS = {
  'party-media': { stateMedia: true },
  'foreign-state-media': { stateMedia: true },
  partisan: { stateMedia: false },
  'wire-service': { stateMedia: false },
  'un-body': { stateMedia: false },
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

const enumOf = <K extends string>(record: Record<K, unknown>) => z.enum(Object.keys(record) as [K, ...K[]]);
const sectionSlug = z.string().regex(/^[a-z0-9-]+$/, { message: 'must be a section slug, e.g. "the-current-situation"' });
const recordId = z.string().regex(/^[a-z0-9-]+$/, { message: 'must be a record id, e.g. "stepanakert"' });

/** Records of src/data/ ("<file>/<record id>") that a text rests on; checked to exist by the loader. */
const facts = z.array(z.string()).min(1, { message: 'states facts: cite at least one record of src/data/ ("<file>/<record id>")' });
/** Text that states facts, with the records it rests on. */
const sourced = z.strictObject({ text: z.string().min(1), facts });
const timed = z.strictObject({ minutes: z.number().int().positive(), activity: z.string().min(1) });
/** An activity that is instructions and at least four items, each shaped by `item`. */
const itemsActivity = <Item extends z.ZodRawShape>(item: Item) =>
  z.strictObject({ instructions: z.string().min(1), items: z.array(z.strictObject(item)).min(4) });

/**
 * src/content/lesson/<locale>.json: the teachers' page in one language. Cross-checks against the story, and a
 * translation's against English, are in check.ts.
 */
const lessonShape = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  audience: z.string().min(1),
  duration: z.string().min(1),
  materials: z.string().min(1),
  objectives: z.array(z.strictObject({ text: z.string().min(1), successCriteria: z.array(z.string().min(1)).min(2) })).min(3),
  sequence: z.array(timed).min(1),
  /** The same material over two lessons. */
  twoLessons: z.array(z.strictObject({ title: z.string().min(1), sequence: z.array(timed).min(1) })).length(2),
  sensitivity: z.string().min(1),
  /** What the story and its sources describe, so the teacher can prepare the class. */
  contentNote: z.strictObject({ items: z.array(sourced).min(1), guidance: z.array(z.string().min(1)).min(1) }),
  discussion: z.array(
    z.strictObject({
      section: sectionSlug,
      questions: z
        .array(
          z.strictObject({
            text: z.string().min(1),
            /** Marking guidance: what a good answer includes, and the misconceptions to look out for. */
            answer: z.strictObject({ includes: z.array(z.string().min(1)).min(2), misconceptions: z.array(z.string().min(1)).min(1), facts }),
          }),
        )
        .min(2),
    }),
  ),
  /** One per section, in plain language (a reading age of about 12). */
  plainSummaries: z.array(z.strictObject({ section: sectionSlug, text: z.string().min(1), facts })),
  extensionQuestions: z.array(sourced).min(2),
  sourceEvaluation: itemsActivity({
    /** Quoted verbatim from the article (checked against the story's steps). */
    quote: z.string().min(20),
    answer: z.enum(STATEMENT_KINDS),
    explanation: z.string().min(1),
    /** Records the explanation rests on; required where the key says what sources confirm or contradict. */
    facts: z.array(z.string()).default([]),
  }),
  timelineActivity: z.strictObject({
    instructions: z.string().min(1),
    /** Ids of src/data/timeline.json records, each on a different date (else the order is ambiguous). */
    events: z.array(z.string()).min(4),
    extension: z.string().min(1),
  }),
  mapActivity: z.strictObject({
    instructions: z.string().min(1),
    /** The story's own map steps, printed as they show (`numbered`: the places replaced by numbers to label). */
    maps: z.array(z.strictObject({ step: z.string().min(1), title: z.string().min(1), numbered: z.boolean().default(false) })).min(2),
    labelInstructions: z.string().min(1),
    questions: z.array(z.strictObject({ text: z.string().min(1), answer: z.string().min(1), facts })).min(3),
  }),
  sourceCheck: itemsActivity({
    /** What the source reported, in brief. */
    said: z.string().min(1),
    /** The record that carries it, and the source (one of that record's) that said it. */
    fact: z.string().min(1),
    source: z.url(),
    kind: enumOf(SOURCE_KINDS),
    /** The story's step where students can see what other sources say. */
    step: recordId,
    key: z.strictObject({ who: z.string().min(1), how: z.string().min(1), others: z.string().min(1), facts }),
  }),
});

export type Lesson = z.infer<typeof lessonShape>;

/**
 * The lesson's schema, given the sourced records of src/data/ by "<file>/<record id>": every
 * `facts` list, wherever it is in the file, must name records that exist (as the glossary's do).
 */
export function lessonSchema(sourcesByRef: Record<string, unknown>) {
  return lessonShape.superRefine((lesson, ctx) => {
    for (const { path, refs } of factLists(lesson)) {
      refs.forEach((ref, i) => {
        if (!sourcesByRef[ref]) ctx.addIssue({ code: 'custom', path: [...path, i], message: `unknown fact "${ref}" (expected "<data file>/<record id>")` });
      });
    }
  });
}

/** Every `facts` list in a parsed lesson, with its path. */
export function factLists(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; refs: string[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => factLists(item, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'facts' && Array.isArray(item) ? [{ path: [...path, key], refs: item as string[] }] : factLists(item, [...path, key]),
  );
}
