import type { Section } from './schema.ts';

export interface StorySection extends Section {
  /** URL fragment of the section heading: the same in every language (from the English title). */
  slug: string;
  /** The content file, for error messages. */
  file: string;
}

export function assertUniqueStepIds(sections: Pick<StorySection, 'file' | 'steps'>[]): void {
  const owner = new Map<string, string>();
  for (const section of sections) {
    for (const step of section.steps) {
      const other = owner.get(step.id);
      if (other) throw new Error(`Duplicate step id "${step.id}" in ${section.file} (already used in ${other}). Step ids are URL fragments and must be unique.`);
      owner.set(step.id, section.file);
    }
  }
}

/** A value as JSON with its object keys sorted: two states are the same when these are. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

type Comparable = Pick<StorySection, 'file' | 'order' | 'label' | 'steps'>;
const base = (file: string) => file.split('/').at(-1)!;

/**
 * Where a translation of the story departs from the English one, beyond its words: a section file
 * missing or extra; a section's order or label; steps missing, extra or in another order; a step's
 * visual, state, added mark, sources, editor's notes (their number and sources) or number of analysis
 * marks. Each problem names the translation's file and step. Empty when the two agree.
 */
export function storyDivergence(reference: Comparable[], translation: Comparable[]): string[] {
  const problems: string[] = [];
  const theirs = new Map(translation.map((s) => [base(s.file), s]));
  for (const ref of reference) {
    const own = theirs.get(base(ref.file));
    if (!own) {
      problems.push(`missing section ${base(ref.file)} (as ${ref.file})`);
      continue;
    }
    const where = own.file;
    if (own.order !== ref.order) problems.push(`${where}: order is ${own.order}, English ${ref.order}`);
    if (own.label !== ref.label) problems.push(`${where}: label is ${own.label}, English ${ref.label}`);
    const ids = own.steps.map((s) => s.id).join(', ');
    const refIds = ref.steps.map((s) => s.id).join(', ');
    if (ids !== refIds) {
      const missing = ref.steps.filter((r) => !own.steps.some((s) => s.id === r.id)).map((s) => s.id);
      const extra = own.steps.filter((s) => !ref.steps.some((r) => r.id === s.id)).map((s) => s.id);
      const detail = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `extra ${extra.join(', ')}` : '', !missing.length && !extra.length ? 'reordered' : ''].filter(Boolean).join('; ');
      problems.push(`${where}: steps differ from English (${detail}): [${ids}], English [${refIds}]`);
    }
    for (const step of own.steps) {
      const english = ref.steps.find((r) => r.id === step.id);
      if (!english) continue;
      const at = `${where}: step "${step.id}"`;
      if (step.viz !== english.viz) problems.push(`${at}: viz is ${step.viz}, English ${english.viz}`);
      if (canonicalJson(step.state) !== canonicalJson(english.state)) problems.push(`${at}: state differs from English: ${canonicalJson(step.state)} vs ${canonicalJson(english.state)}`);
      if (step.added !== english.added) problems.push(`${at}: added is ${step.added}, English ${english.added}`);
      if (step.facts.join() !== english.facts.join()) problems.push(`${at}: facts differ from English`);
      if (step.analysis.length !== english.analysis.length) problems.push(`${at}: ${step.analysis.length} analysis marks, English ${english.analysis.length}`);
      if (step.notes.length !== english.notes.length) problems.push(`${at}: ${step.notes.length} editor's notes, English ${english.notes.length}`);
      else step.notes.forEach((note, i) => {
        if (canonicalJson(note.sources) !== canonicalJson(english.notes[i]!.sources)) problems.push(`${at}: note ${i + 1} cites other facts than English`);
      });
    }
  }
  const refs = new Set(reference.map((s) => base(s.file)));
  for (const s of translation) if (!refs.has(base(s.file))) problems.push(`extra section ${s.file} (no English ${base(s.file)})`);
  return problems;
}

/** The stage's figures: one per visual, in the state of the first step that shows it. */
export function firstStepOfEachVisual<S extends { viz: string }>(steps: readonly S[]): S[] {
  const first = new Map<string, S>();
  for (const step of steps) if (!first.has(step.viz)) first.set(step.viz, step);
  return [...first.values()];
}

/**
 * What the browser drives the stage with: each step's visual, state and description, in reading order
 * (/story.json, /<locale>/story.json). Fetched once the page has painted rather than carried in the HTML
 * the first paint waits for.
 */
export function stageSpec(sections: Pick<StorySection, 'steps'>[]) {
  return { steps: sections.flatMap((s) => s.steps).map(({ id, viz, state, alt }) => ({ id, viz, state, alt })) };
}
