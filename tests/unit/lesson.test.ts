import { describe, expect, it } from 'vitest';
import lessonJson from '../../src/content/lesson/en.json';
import { factSources, placeRecords, timelineEvents } from '../../src/data/index.ts';
import { i18n } from '../../src/i18n/index.ts';
import { parseError } from '../support/parse-error.ts';
import { lessonProblems, PLAIN_SENTENCE_WORDS, sentences, type LessonContext } from '../../src/lesson/check.ts';
import { numberPlaces } from '../../src/lesson/map-worksheet.ts';
import { lessonSchema, STATEMENT_KINDS, type Lesson } from '../../src/lesson/schema.ts';
import { timelineWorksheet } from '../../src/lesson/worksheet.ts';
import { slugify } from '../../src/lib/text.ts';
import { visuals } from '../../src/viz/registry.ts';
import { readStory } from '../support/story.ts';

const schema = lessonSchema(factSources);
const lesson: Lesson = schema.parse(lessonJson);
const timeline = new Map(timelineEvents.map((e) => [e.id, e]));

/** The story as the content files give it (src/content/story/en/), and its steps by id. */
const englishStory = readStory();
const storySteps = new Map(englishStory.flatMap((section) => section.steps).map((step) => [step.id, step]));

/** A two-section story whose prose contains the given sentences, with one map step. */
function story(...text: string[]): LessonContext {
  return {
    sections: [
      { slug: 'the-current-situation', title: 'The Current Situation', steps: [{ id: 'offensive', viz: 'map', text: text.join(' ') }] },
      { slug: 'recommendations', title: 'Recommendations', steps: [{ id: 'recommend-diplomacy', viz: 'timeline', text: 'Azerbaijan should\n  cease its military offensive immediately.' }] },
    ],
    timeline,
    factSources,
  };
}

const question = lesson.discussion[0]!.questions[0]!;
const summary = { text: 'Short sentences. Like these.', facts: ['timeline/offensive-2023'] };
const card = lesson.sourceCheck.items.find((i) => i.fact === 'forces/eagle-partner-2023')!;
const small: Lesson = {
  ...lesson,
  discussion: [
    { section: 'the-current-situation', questions: [question, question] },
    { section: 'recommendations', questions: [question, question] },
  ],
  plainSummaries: [
    { section: 'the-current-situation', ...summary },
    { section: 'recommendations', ...summary },
  ],
  sourceEvaluation: {
    instructions: 'Classify.',
    items: [{ quote: 'Azerbaijan should cease its military offensive immediately.', answer: 'recommendation', explanation: 'Says what should happen.', facts: [] }],
  },
  timelineActivity: { ...lesson.timelineActivity, events: ['offensive-2023', 'war-2020'] },
  mapActivity: { ...lesson.mapActivity, maps: [{ step: 'offensive', title: 'Map', numbered: true }] },
  sourceCheck: { instructions: 'Check.', items: [{ ...card, step: 'offensive' }] },
};

/** The build error for src/content/lesson/en.json. */
const buildError = (json: unknown) => parseError('src/content/lesson/en.json', schema, json);

describe('the lesson schema', () => {
  it('fails the build on a fact that cites no record, or an unknown one, naming the field', () => {
    const withFacts = (facts: string[]) => ({ ...lessonJson, extensionQuestions: [{ text: 'Why?', facts }, lessonJson.extensionQuestions[1]] });
    expect(buildError(withFacts([]))).toMatch(/extensionQuestions\[0\]\.facts: states facts: cite at least one record/);
    expect(buildError(withFacts(['timeline/no-such-event']))).toMatch(/extensionQuestions\[0\]\.facts\[0\]: unknown fact "timeline\/no-such-event"/);
    const answer = structuredClone(lessonJson);
    answer.discussion[2]!.questions[1]!.answer.facts = ['forces/nothing'];
    expect(buildError(answer)).toMatch(/discussion\[2\]\.questions\[1\]\.answer\.facts\[0\]: unknown fact "forces\/nothing"/);
  });

  it('accepts the project’s lesson', () => {
    expect(buildError(lessonJson)).toBe('');
  });
});

describe('checking the lesson against the story', () => {
  it('accepts quotes that match the story word for word, whatever the line breaks', () => {
    expect(lessonProblems(small, story('Anything.'))).toEqual([]);
  });

  it('names a section without questions or summary, and questions for a section the story lacks', () => {
    const problems = lessonProblems({ ...small, discussion: [{ section: 'the-curent-situation', questions: [question, question] }, small.discussion[1]!] }, story());
    expect(problems).toContain('discussion[0].section: unknown section "the-curent-situation" (known: the-current-situation, recommendations)');
    expect(problems).toContain('discussion: nothing for the section "The Current Situation" (section: "the-current-situation")');
    expect(lessonProblems({ ...small, plainSummaries: small.plainSummaries.slice(1) }, story())).toEqual([
      'plainSummaries: nothing for the section "The Current Situation" (section: "the-current-situation")',
    ]);
  });

  it('keeps plain-language summaries to short sentences', () => {
    const long = `${'word '.repeat(PLAIN_SENTENCE_WORDS)}and one more.`;
    const problems = lessonProblems({ ...small, plainSummaries: [{ ...small.plainSummaries[0]!, text: `Short. ${long}` }, small.plainSummaries[1]!] }, story());
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^plainSummaries\\[0\\]\\.text: a sentence of ${PLAIN_SENTENCE_WORDS + 3} words`))]);
  });

  it('rejects a quote that is not in the article word for word, and an inaccuracy keyed without sources', () => {
    const edited = { ...small.sourceEvaluation.items[0]!, quote: 'Azerbaijan must cease its military offensive immediately.' };
    const unsourced = { ...small.sourceEvaluation.items[0]!, answer: 'inaccurate' as const };
    const problems = lessonProblems({ ...small, sourceEvaluation: { instructions: 'x', items: [edited, unsourced] } }, story());
    expect(problems).toEqual([
      expect.stringMatching(/^sourceEvaluation\.items\[0\]\.quote: not found word for word/),
      'sourceEvaluation.items[1].facts: an answer of "inaccurate" rests on sources: cite the records',
    ]);
  });

  it('rejects unknown and repeated timeline events, and events on the same date', () => {
    const events = (ids: string[]) => lessonProblems({ ...small, timelineActivity: { ...small.timelineActivity, events: ids } }, story());
    expect(events(['war-2020', 'war-2021', 'war-2020'])).toEqual(['timelineActivity.events[1]: unknown timeline event "war-2021"', 'timelineActivity.events[2]: "war-2020" is listed twice']);
    expect(events(['karabakh-movement-1988', 'first-war-1988-1994'])).toEqual([
      'timelineActivity.events[1]: "first-war-1988-1994" has the same date as "karabakh-movement-1988" (1988-02-20): the order would be ambiguous',
    ]);
  });

  it('puts the map activity on the story’s map steps', () => {
    const maps = (m: Lesson['mapActivity']['maps']) => lessonProblems({ ...small, mapActivity: { ...small.mapActivity, maps: m } }, story());
    expect(maps([{ step: 'recommend-diplomacy', title: 'A', numbered: true }])).toEqual(['mapActivity.maps[0].step: step "recommend-diplomacy" shows the timeline, not the map']);
    expect(maps([{ step: 'offensive', title: 'A', numbered: false }])).toEqual(['mapActivity.maps: no map has numbered places to label']);
  });

  it('checks each source card against the record it cites', () => {
    const cards = (item: Partial<Lesson['sourceCheck']['items'][number]>) =>
      lessonProblems({ ...small, sourceCheck: { instructions: 'x', items: [{ ...small.sourceCheck.items[0]!, ...item }] } }, story());
    expect(cards({ source: 'https://example.org/elsewhere' })).toEqual([expect.stringMatching(/^sourceCheck\.items\[0\]\.source: not a source of forces\/eagle-partner-2023 \(its sources: /)]);
    expect(cards({ step: 'nowhere' })).toEqual(['sourceCheck.items[0].step: unknown step "nowhere"']);
    // Sputnik is marked as state media in src/data: a card cannot call it a wire service.
    expect(cards({ kind: 'wire-service' })).toEqual(['sourceCheck.items[0].kind: "wire-service" does not match the source, which src/data marks as state media']);
  });

  it('splits sentences as a reader would', () => {
    expect(sentences('One. Two words?  Three\n words!')).toEqual(['One.', 'Two words?', 'Three words!']);
  });
});

describe('the lesson’s activities', () => {
  it('has questions with model answers for six sections, and every kind of statement in Activity 1', () => {
    expect(lesson.discussion).toHaveLength(6);
    expect(lesson.plainSummaries).toHaveLength(6);
    expect(new Set(lesson.sourceEvaluation.items.map((i) => i.answer))).toEqual(new Set(STATEMENT_KINDS));
    expect(lesson.sourceEvaluation.items.find((i) => i.quote.includes('NATO peacekeeping training mission'))!.answer).toBe('inaccurate');
  });

  it('Activity 2 covers the 1988–1994 war and the capture of the surrounding districts', () => {
    const events = lesson.timelineActivity.events;
    expect(events.filter((id) => { const d = timeline.get(id)!.date; return d > '1988' && d < '1995'; }).length).toBeGreaterThanOrEqual(5);
    expect(events).toEqual(expect.arrayContaining(['lachin-captured-1992', 'kalbajar-captured-1993', 'agdam-captured-1993', 'bishkek-ceasefire-1994', 'war-2020']));
  });

  it('Activity 3: the key names the place at each number of the students’ map, with both names where usage differs', () => {
    const numbered = lesson.mapActivity.maps.filter((m) => m.numbered);
    expect(numbered.length).toBeGreaterThan(0);
    for (const m of numbered) {
      const step = storySteps.get(m.step)!;
      const keyScene = visuals.map!.render(step.state);
      const { scene: students, places } = numberPlaces(keyScene);
      expect(places.length, m.step).toBeGreaterThanOrEqual(4);
      expect(places.map((p) => p.number)).toEqual(places.map((_, i) => i + 1));
      const text = (scene: typeof students, key: string) => scene.marks.find((mark) => mark.key === key);
      for (const { number, id } of places) {
        const place = placeRecords.find((p) => p.id === id)!;
        // Where the students read the number, the key's map writes the place's name.
        expect(text(students, `label:${id}`)).toMatchObject({ text: String(number), attrs: text(keyScene, `label:${id}`)!.attrs });
        expect(text(keyScene, `label:${id}`)!.text).toBe(place.names.en);
        if (place.names.armenianUsage) expect(place.names.en).toContain(place.names.armenianUsage);
        if (place.names.azerbaijaniUsage) expect(place.names.en).toContain(place.names.azerbaijaniUsage);
      }
      // No name is left on the students' copy for a numbered place.
      const names = new Set(places.map(({ id }) => placeRecords.find((p) => p.id === id)!.names.en));
      expect(students.marks.filter((mark) => mark.text && names.has(mark.text))).toEqual([]);
    }
    const withBothNames = numbered.flatMap((m) => numberPlaces(visuals.map!.render(storySteps.get(m.step)!.state)).places).filter(({ id }) => placeRecords.find((p) => p.id === id)!.names.armenianUsage);
    expect(withBothNames.length).toBeGreaterThanOrEqual(3);
  });

  it('Activity 3: every question has a sourced answer, and the maps compare the 1991, 1994–2020 and 2020–2023 areas and the corridor', () => {
    const layers = new Set(lesson.mapActivity.maps.flatMap((m) => (storySteps.get(m.step)!.state as { layers: string[] }).layers));
    expect([...layers]).toEqual(expect.arrayContaining(['nkao-1991', 'armenian-held-1994-2020', 'armenian-held-2020-2023', 'lachin-corridor']));
    for (const q of lesson.mapActivity.questions) expect(q.facts.length, q.text).toBeGreaterThan(0);
  });

  it('Activity 4: each card’s source is one of its record’s, and its key cites what other sources say', () => {
    const kinds = new Set(lesson.sourceCheck.items.map((i) => i.kind));
    expect(kinds).toEqual(new Set(['party-media', 'foreign-state-media', 'partisan', 'wire-service', 'un-body']));
    for (const item of lesson.sourceCheck.items) {
      expect(factSources[item.fact]!.map((s) => s.url), item.said).toContain(item.source);
      const others = item.key.facts.flatMap((ref) => factSources[ref]!).filter((s) => s.url !== item.source);
      expect(others.length, item.said).toBeGreaterThan(0);
      expect(storySteps.has(item.step), item.step).toBe(true);
    }
  });

  it('the project’s lesson passes every check against the story’s own steps', () => {
    const sections = englishStory.map(({ title, steps }) => ({ slug: slugify(title), title, steps }));
    expect(lessonProblems(lesson, { sections, timeline, factSources })).toEqual([]);
  });
});

describe('the timeline worksheet', () => {
  const events = lesson.timelineActivity.events.map((id) => timeline.get(id)!);
  const { cards, key } = timelineWorksheet(events, 'en', i18n('en').t.lesson.letters);

  it('letters the events in alphabetical order of title', () => {
    expect(cards.map((c) => c.letter)).toEqual('ABCDEFGHIJKLMNOP'.slice(0, events.length).split(''));
    expect(timelineWorksheet(events, 'ru', i18n('ru').t.lesson.letters).cards.map((c) => c.letter)).toEqual('АБВГДЕЖЗИКЛМНОП'.slice(0, events.length).split(''));
    expect(() => timelineWorksheet(events, 'en', 'ABC')).toThrow(/more items than the 3 letters of lesson\.letters/);
    const titles = cards.map((c) => c.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('gives the answer key in date order, keeping each event’s letter', () => {
    const dates = key.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(key.map((e) => `${e.letter}:${e.id}`))).toEqual(new Set(cards.map((e) => `${e.letter}:${e.id}`)));
  });

  it('does not hand students the answer: the cards are not already in date order', () => {
    expect(cards.map((c) => c.id)).not.toEqual(key.map((c) => c.id));
  });
});
