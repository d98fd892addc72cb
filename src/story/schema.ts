import { z } from 'astro/zod';
import type { Source } from '../data/schema.ts';
import type { Visual } from '../viz/types.ts';

/**
 * The story spec: what a section file in src/content/story/ may say. Each step names a visual
 * and that visual's state; the state is checked by the visual's own schema, and every error
 * names the step, so `npm run build` says e.g.
 *   steps.2.state.zoom: step "blockade" (map): Too big: expected number to be <=22
 */
export const STEP_ID = /^[a-z][a-z0-9-]*$/;

/** An editor's note beside a passage; its sources are records of src/data/, e.g. "forces/eagle-partner-2023". */
export const editorNote = z.strictObject({
  text: z.string().min(1),
  facts: z.array(z.string()).min(1, { message: "an editor's note needs at least one sourced fact" }),
});

export const step = z.strictObject({
  id: z.string().regex(STEP_ID, { message: 'must be lower-case letters, digits and hyphens, starting with a letter' }),
  /** The prose of the step (Markdown). */
  text: z.string().min(1),
  /** What the graphic shows at this step, for screen readers and the figure's text alternative. */
  alt: z.string().min(1),
  viz: z.string(),
  state: z.record(z.string(), z.unknown()).default({}),
  notes: z.array(editorNote).default([]),
});

/** report/analysis/opinion: the article's sections; epilogue: the explainer's own, dated and sourced additions. */
export const LABELS = ['report', 'analysis', 'opinion', 'epilogue'] as const;

/** Sources of each data record, by "<file>/<id>" (see src/data/index.ts). */
export type FactSources = Record<string, Source[]>;

export function sectionSchema(visuals: Record<string, Visual>, facts: FactSources) {
  return z
    .strictObject({
      title: z.string().min(1),
      order: z.number().int().positive(),
      /** News report, or the article's own analysis / recommendations (labelled as such to readers). */
      label: z.enum(LABELS),
      steps: z.array(step).min(1),
    })
    .transform((section, ctx) => {
      const seen = new Set<string>();
      const steps = section.steps.map((s, i) => {
        const where = `step "${s.id}"`;
        const problem = (path: PropertyKey[], message: string) =>
          ctx.addIssue({ code: 'custom', path: ['steps', i, ...path.map(String)], message: `${where}: ${message}` });

        if (seen.has(s.id)) problem(['id'], 'duplicate step id');
        seen.add(s.id);
        s.notes.forEach((note, n) =>
          note.facts.forEach((ref, f) => {
            if (!facts[ref]) problem(['notes', n, 'facts', f], `unknown fact "${ref}" (expected "<data file>/<record id>")`);
          }),
        );
        const notes = s.notes.map((note) => ({ text: note.text, sources: note.facts.flatMap((ref) => facts[ref] ?? []) }));

        const visual = visuals[s.viz];
        if (!visual) {
          problem(['viz'], `unknown visual "${s.viz}" (known: ${Object.keys(visuals).join(', ')})`);
          return { ...s, notes };
        }
        const parsed = visual.state.safeParse(s.state);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) problem(['state', ...issue.path], `(${s.viz}) ${issue.message}`);
          return { ...s, notes };
        }
        return { ...s, state: parsed.data as Record<string, unknown>, notes };
      });
      return { ...section, steps };
    });
}

export type Section = z.output<ReturnType<typeof sectionSchema>>;
export type Step = Section['steps'][number];
