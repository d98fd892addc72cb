import { z } from 'astro/zod';
import type { Source } from '../data/schema.ts';
import { creditOrder } from '../data/sources.ts';
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
  /**
   * Exact phrases of the article's text that are its analysis rather than reporting (in a section
   * labelled "report"): marked to readers, with a link to what the mark means. Each must be in `text`.
   */
  analysis: z.array(z.string().min(3)).default([]),
  /** The explainer's own text inside one of the article's sections (background the article does not give). */
  added: z.boolean().default(false),
  /** Records the explainer's own text rests on (required for added steps and epilogue steps), shown as its sources. */
  facts: z.array(z.string()).default([]),
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
        const checkRefs = (refs: string[], path: PropertyKey[]) =>
          refs.forEach((ref, f) => {
            if (!facts[ref]) problem([...path, f], `unknown fact "${ref}" (expected "<data file>/<record id>")`);
          });
        s.notes.forEach((note, n) => checkRefs(note.facts, ['notes', n, 'facts']));
        checkRefs(s.facts, ['facts']);
        const explainersOwn = s.added || section.label === 'epilogue';
        if (explainersOwn && s.facts.length === 0) problem(['facts'], "the explainer's own text needs at least one sourced fact");
        if (s.added && section.label === 'epilogue') problem(['added'], "an epilogue step is already the explainer's own");
        const prose = normaliseSpace(s.text);
        s.analysis.forEach((phrase, n) => {
          if (!prose.includes(normaliseSpace(phrase))) problem(['analysis', n], `phrase not found in the step's text: "${phrase}"`);
        });
        if (s.analysis.length > 0 && explainersOwn) problem(['analysis'], "analysis marks are for the article's own text");
        const notes = s.notes.map((note) => ({ text: note.text, sources: creditOrder(note.facts.flatMap((ref) => facts[ref] ?? [])) }));
        const sources = creditOrder(s.facts.flatMap((ref) => facts[ref] ?? []));

        const visual = visuals[s.viz];
        if (!visual) {
          problem(['viz'], `unknown visual "${s.viz}" (known: ${Object.keys(visuals).join(', ')})`);
          return { ...s, notes, sources };
        }
        const parsed = visual.state.safeParse(s.state);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) problem(['state', ...issue.path], `(${s.viz}) ${issue.message}`);
          return { ...s, notes, sources };
        }
        return { ...s, state: parsed.data as Record<string, unknown>, notes, sources };
      });
      return { ...section, steps };
    });
}

/** Folded YAML and Markdown line breaks are spaces to a reader: phrases match across them. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export type Section = z.output<ReturnType<typeof sectionSchema>>;
export type Step = Section['steps'][number];
