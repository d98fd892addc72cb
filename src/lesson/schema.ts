import { z } from 'astro/zod';

/** The kinds of statement the source-evaluation activity asks students to tell apart. */
export const STATEMENT_KINDS = {
  'reported-fact': { name: 'Reported fact', code: 'F', hint: 'an event or figure the article reports as true, which independent sources can confirm' },
  'attributed-claim': { name: 'Claim attributed to a party', code: 'C', hint: 'what a government, army or official said; reported as said, not as true' },
  analysis: { name: 'The article’s analysis', code: 'A', hint: 'the writer’s interpretation: causes, motives, judgements' },
  recommendation: { name: 'Recommendation', code: 'R', hint: 'what the writer says someone should do' },
} as const;
export type StatementKind = keyof typeof STATEMENT_KINDS;

const sectionSlug = z.string().regex(/^[a-z0-9-]+$/, { message: 'must be a section slug, e.g. "the-current-situation"' });

/** src/content/lesson/lesson.json: the teachers' page. Cross-checks against the story are in check.ts. */
export const lessonSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  audience: z.string().min(1),
  duration: z.string().min(1),
  materials: z.string().min(1),
  objectives: z.array(z.string().min(1)).min(3),
  sequence: z.array(z.strictObject({ minutes: z.number().int().positive(), activity: z.string().min(1) })).min(1),
  sensitivity: z.string().min(1),
  discussion: z.array(z.strictObject({ section: sectionSlug, questions: z.array(z.string().min(1)).min(2) })),
  sourceEvaluation: z.strictObject({
    instructions: z.string().min(1),
    items: z
      .array(
        z.strictObject({
          /** Quoted verbatim from the article (checked against the story's steps). */
          quote: z.string().min(20),
          answer: z.enum(Object.keys(STATEMENT_KINDS) as [StatementKind, ...StatementKind[]]),
          explanation: z.string().min(1),
        }),
      )
      .min(4),
  }),
  timelineActivity: z.strictObject({
    instructions: z.string().min(1),
    /** Ids of src/data/timeline.json records. */
    events: z.array(z.string()).min(4),
    extension: z.string().min(1),
  }),
});

export type Lesson = z.infer<typeof lessonSchema>;
