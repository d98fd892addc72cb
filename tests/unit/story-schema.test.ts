import { describe, expect, it } from 'vitest';
import { factSources } from '../../src/data/index.ts';
import { assertUniqueStepIds } from '../../src/story/story.ts';
import { sectionSchema } from '../../src/story/schema.ts';
import { visuals } from '../../src/viz/registry.ts';

const schema = sectionSchema(visuals, factSources);

const validStep = {
  id: 'offensive',
  viz: 'timeline',
  state: { from: '2023-09-01', to: '2023-09-30', label: ['offensive-2023'] },
  alt: 'September 2023.',
  text: 'Azerbaijan has launched a military offensive.',
};
const section = (steps: unknown[]) => ({ title: 'The Current Situation', order: 1, label: 'report', steps });

/** The messages a section would fail the build with, as "path: message". */
function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('a story section', () => {
  it('accepts a valid section and fills in defaults', () => {
    const parsed = schema.parse(section([validStep]));
    expect(parsed.steps[0]!.notes).toEqual([]);
    expect(parsed.steps[0]!.state).toMatchObject({ from: '2023-09-01', label: ['offensive-2023'] });
  });

  it('reads YAML dates and years back as ISO strings', () => {
    const parsed = schema.parse(section([{ ...validStep, state: { from: 1920, to: new Date('2023-12-31'), label: [] } }]));
    expect(parsed.steps[0]!.state).toMatchObject({ from: '1920', to: '2023-12-31' });
  });

  it('rejects an unknown visual, naming the step and the known visuals', () => {
    expect(problems(section([{ ...validStep, viz: 'piechart' }]))).toEqual([
      expect.stringMatching(/^steps\.0\.viz: step "offensive": unknown visual "piechart" \(known: .*timeline/),
    ]);
  });

  it('rejects an out-of-range state value, naming the step and the field', () => {
    const bad = { ...validStep, state: { from: '2023-09-30', to: '2023-09-01', label: [] } };
    expect(problems(section([bad]))).toEqual(['steps.0.state.to: step "offensive": (timeline) must be after from (2023-09-30)']);
  });

  it('rejects a malformed date', () => {
    const bad = { ...validStep, state: { ...validStep.state, from: '2023-13-01' } };
    expect(problems(section([bad]))).toEqual(['steps.0.state.from: step "offensive": (timeline) must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)']);
  });

  it('rejects an event id that is not in the timeline data', () => {
    const bad = { ...validStep, state: { ...validStep.state, label: ['offensive-2023', 'no-such-event'] } };
    expect(problems(section([bad]))).toEqual(['steps.0.state.label.1: step "offensive": (timeline) unknown event "no-such-event" (not in src/data/timeline.json)']);
  });

  it('rejects a highlight outside the visible window', () => {
    const bad = { ...validStep, state: { ...validStep.state, highlight: { from: '2020-01-01', to: '2023-09-02' } } };
    expect(problems(section([bad]))).toEqual([expect.stringMatching(/^steps\.0\.state\.highlight: step "offensive": \(timeline\) must lie inside/)]);
  });

  it('accepts analysis phrases found in the text across line breaks, and names a phrase that is not', () => {
    const text = 'Turkey, its traditional ally, which has\nfilled a power void in the region.';
    expect(problems(section([{ ...validStep, text, analysis: ['has filled a power void'] }]))).toEqual([]);
    expect(problems(section([{ ...validStep, text, analysis: ['filled a vacuum'] }]))).toEqual([
      'steps.0.analysis.0: step "offensive": phrase not found in the step\'s text: "filled a vacuum"',
    ]);
  });

  it("requires the explainer's own text to cite its records, and lists each source once", () => {
    expect(problems(section([{ ...validStep, added: true }]))).toEqual(['steps.0.facts: step "offensive": the explainer\'s own text needs at least one sourced fact']);
    expect(problems({ ...section([validStep]), label: 'epilogue' })).toEqual(['steps.0.facts: step "offensive": the explainer\'s own text needs at least one sourced fact']);
    // The ceasefire and the offensive records share sources (Babel.ua, The Kyiv Independent).
    const parsed = schema.parse(section([{ ...validStep, added: true, facts: ['timeline/offensive-2023', 'timeline/ceasefire-2023'] }]));
    const urls = parsed.steps[0]!.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.length).toBeLessThan(factSources['timeline/offensive-2023']!.length + factSources['timeline/ceasefire-2023']!.length);
  });

  it('rejects unknown state fields rather than ignoring a typo', () => {
    const bad = { ...validStep, state: { ...validStep.state, lable: ['offensive-2023'] } };
    expect(problems(section([bad]))).toEqual([expect.stringMatching(/^steps\.0\.state: step "offensive": \(timeline\) .*lable/)]);
  });

  it('rejects duplicate step ids within a file', () => {
    expect(problems(section([validStep, validStep]))).toEqual(['steps.1.id: step "offensive": duplicate step id']);
  });

  it('rejects a step id that cannot be a URL fragment', () => {
    expect(problems(section([{ ...validStep, id: 'Step One' }]))[0]).toMatch(/^steps\.0\.id: must be lower-case/);
  });

  it("rejects an editor's note without a source or citing an unknown record", () => {
    expect(problems(section([{ ...validStep, notes: [{ text: 'More precisely…', facts: [] }] }]))).toEqual([
      "steps.0.notes.0.facts: an editor's note needs at least one sourced fact",
    ]);
    expect(problems(section([{ ...validStep, notes: [{ text: 'More precisely…', facts: ['timeline/nope'] }] }]))).toEqual([
      'steps.0.notes.0.facts.0: step "offensive": unknown fact "timeline/nope" (expected "<data file>/<record id>")',
    ]);
  });

  it("resolves an editor's note to the sources of the records it cites", () => {
    const parsed = schema.parse(section([{ ...validStep, notes: [{ text: 'Eagle Partner was bilateral.', facts: ['forces/eagle-partner-2023'] }] }]));
    expect(parsed.steps[0]!.notes[0]!.sources.length).toBeGreaterThan(0);
    expect(parsed.steps[0]!.notes[0]!.sources[0]).toHaveProperty('url');
  });

  it('requires the alt text that describes the graphic', () => {
    const { alt: _alt, ...withoutAlt } = validStep;
    expect(problems(section([withoutAlt]))).toEqual([expect.stringMatching(/^steps\.0\.alt: /)]);
  });

  it('rejects a label other than report, analysis, opinion or epilogue', () => {
    expect(problems({ ...section([validStep]), label: 'news' })[0]).toMatch(/^label: /);
  });
});

describe('step ids across the story', () => {
  it('must be unique, and the error names both files', () => {
    const a = { file: 'src/content/story/01-a.md', steps: [{ id: 'blockade' }] };
    const b = { file: 'src/content/story/03-b.md', steps: [{ id: 'blockade' }] };
    expect(() => assertUniqueStepIds([a, b] as never)).toThrow(
      'Duplicate step id "blockade" in src/content/story/03-b.md (already used in src/content/story/01-a.md)',
    );
    expect(() => assertUniqueStepIds([a] as never)).not.toThrow();
  });
});
