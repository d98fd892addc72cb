import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factSources, timelineEvents } from '../../src/data/index.ts';
import { glossaryDivergence, glossaryFor } from '../../src/glossary/index.ts';
import type { GlossaryEntry } from '../../src/glossary/schema.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';
import { messageProblems, messages } from '../../src/i18n/messages.ts';
import { checkLesson, LESSON_REFERENCES, lessonDivergence, type LessonContext } from '../../src/lesson/check.ts';
import type { Lesson } from '../../src/lesson/schema.ts';
import { slugify } from '../../src/lib/text.ts';
import { figuresDivergence, type FiguresContent } from '../../src/story/figures.ts';
import { storyDivergence } from '../../src/story/story.ts';
import { readStory } from '../support/story.ts';

const english = readStory(DEFAULT_LOCALE);
type Section = (typeof english)[number];

/** A translation of the English story, changed by `edit` (a deep copy: English stays as it is). */
function translated(edit: (sections: Section[]) => void = () => {}): Section[] {
  const copy = structuredClone(english).map((section) => ({ ...section, file: section.file.replace('/en/', '/ru/') }));
  edit(copy);
  return copy;
}
const first = (sections: Section[]) => sections[0]!;
const firstFile = () => first(translated()).file;

describe('a translated story', () => {
  it('agrees with English when only its words differ', () => {
    expect(storyDivergence(english, translated((s) => (first(s).steps[0]!.text = 'Азербайджан начал военное наступление.')))).toEqual([]);
  });

  it('fails naming the file and the missing step', () => {
    const [problem] = storyDivergence(english, translated((s) => first(s).steps.splice(1, 1)));
    expect(problem).toContain(firstFile());
    expect(problem).toContain(`missing ${first(english).steps[1]!.id}`);
  });

  it('fails naming an extra step', () => {
    const extra = { ...first(english).steps[0]!, id: 'invented-step' };
    expect(storyDivergence(english, translated((s) => first(s).steps.push(extra)))).toEqual([expect.stringContaining('extra invented-step')]);
  });

  it('fails when steps are reordered', () => {
    const problems = storyDivergence(english, translated((s) => first(s).steps.reverse()));
    expect(problems[0]).toContain(`${firstFile()}: steps differ from English (reordered)`);
  });

  it("fails naming the step whose visual or state differs", () => {
    const step = first(english).steps[0]!;
    const problems = storyDivergence(
      english,
      translated((s) => {
        first(s).steps[0]!.viz = step.viz === 'map' ? 'timeline' : 'map';
        first(s).steps[1]!.state = { ...first(s).steps[1]!.state, invented: true };
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${firstFile()}: step "${step.id}": viz is `)),
      expect.stringMatching(new RegExp(`^${firstFile()}: step "${first(english).steps[1]!.id}": state differs from English`)),
    ]);
  });

  it('compares states whatever the order of their keys', () => {
    const reordered = translated((s) => (first(s).steps[0]!.state = Object.fromEntries(Object.entries(first(s).steps[0]!.state as object).reverse())));
    expect(storyDivergence(english, reordered)).toEqual([]);
  });

  it("fails when a section's label, editor's notes or sources differ", () => {
    const noted = english.flatMap((s) => s.steps).find((step) => step.notes.length > 0)!;
    const problems = storyDivergence(
      english,
      translated((s) => {
        first(s).label = first(english).label === 'report' ? 'opinion' : 'report';
        const step = s.flatMap((section) => section.steps).find((st) => st.id === noted.id)!;
        step.notes = [];
      }),
    );
    expect(problems).toEqual([expect.stringContaining(': label is '), expect.stringContaining(`step "${noted.id}": 0 editor's notes, English ${noted.notes.length}`)]);
  });

  it('fails naming a missing or extra section file', () => {
    const problems = storyDivergence(english, translated((s) => (s[s.length - 1]!.file = 'src/content/story/ru/99-extra.md')));
    expect(problems).toEqual([expect.stringMatching(/^missing section /), 'extra section src/content/story/ru/99-extra.md (no English 99-extra.md)']);
  });
});

/** A language's lesson file as the build reads it, and the story it is checked against (section slugs are English's in every language). */
const lessonFile = (locale: string) => `src/content/lesson/${locale}.json`;
const rawLesson = (locale: string): unknown => JSON.parse(readFileSync(lessonFile(locale), 'utf8'));
const lessonContext = (locale: typeof DEFAULT_LOCALE | (typeof LOCALES)[number]): LessonContext => ({
  sections: readStory(locale).map(({ steps }, i) => ({ slug: slugify(english[i]!.title), title: english[i]!.title, steps })),
  timeline: new Map(timelineEvents.map((e) => [e.id, e])),
  factSources,
});
const englishLesson = checkLesson(lessonFile(DEFAULT_LOCALE), rawLesson(DEFAULT_LOCALE), lessonContext(DEFAULT_LOCALE));

describe('every language', () => {
  it.each(LOCALES)('%s has every message key, every step of the English story, every glossary entry and the English lesson', (locale) => {
    const pluralCategories = new Intl.PluralRules(messages(locale).language.intl).resolvedOptions().pluralCategories;
    expect(messageProblems(messages(locale), messages(DEFAULT_LOCALE), pluralCategories)).toEqual([]);
    expect(storyDivergence(english, readStory(locale))).toEqual([]);
    expect(glossaryFor(locale).map((e) => e.id).sort()).toEqual(glossaryFor(DEFAULT_LOCALE).map((e) => e.id).sort());
    // Its own checks against its story (quotes word for word in that language's article), and English's questions and references.
    expect(() => checkLesson(lessonFile(locale), rawLesson(locale), lessonContext(locale), englishLesson)).not.toThrow();
  });
});

describe('a translated lesson', () => {
  const russian = rawLesson('ru') as Lesson;
  /** The Russian lesson changed by `edit` (a deep copy), as the build would check it. */
  const checked = (edit: (lesson: Lesson) => void) => {
    const copy = structuredClone(russian);
    edit(copy);
    return () => checkLesson(lessonFile('ru'), copy, lessonContext('ru'), englishLesson);
  };

  it('agrees with English when only its words differ', () => {
    const reworded = structuredClone(englishLesson);
    reworded.title = 'План урока';
    reworded.discussion[0]!.questions[0]!.answer.includes[0] = 'Другими словами.';
    reworded.mapActivity.questions[0]!.answer = 'Другой ответ.';
    expect(lessonDivergence(englishLesson, reworded)).toEqual([]);
  });

  it('fails naming the file and the field whose reference differs from English', () => {
    const fact = russian.discussion[1]!.questions[0]!.answer.facts[0]!;
    expect(checked((l) => (l.discussion[1]!.questions[0]!.answer.facts[0] = 'timeline/war-2020'))).toThrow(
      `Invalid lesson in src/content/lesson/ru.json:\n  discussion[1].questions[0].answer.facts: ["timeline/war-2020"`,
    );
    expect(checked((l) => (l.discussion[1]!.questions[0]!.answer.facts[0] = 'timeline/war-2020'))).toThrow(`English ["${fact}"`);
    expect(checked((l) => l.timelineActivity.events.reverse())).toThrow(/^Invalid lesson in src\/content\/lesson\/ru\.json:\n {2}timelineActivity\.events: \["nkr-ceases-2024",/);
    expect(checked((l) => (l.sourceCheck.items[2]!.step = 'offensive'))).toThrow('sourceCheck.items[2].step: "offensive", English "joint-drills"');
    expect(checked((l) => (l.sourceEvaluation.items[0]!.answer = 'analysis'))).toThrow('sourceEvaluation.items[0].answer: "analysis", English "reported-fact"');
  });

  it('fails naming a missing or extra question, item or success criterion', () => {
    expect(checked((l) => l.discussion[3]!.questions.pop())).toThrow('discussion[3].questions: 2 items, English 3');
    expect(checked((l) => l.objectives[0]!.successCriteria.push('Лишний критерий.'))).toThrow('objectives[0].successCriteria: 4 items, English 3');
    expect(checked((l) => (l.discussion = [l.discussion[1]!, l.discussion[0]!, ...l.discussion.slice(2)]))).toThrow('discussion[0].section: "the-international-response", English "the-current-situation"');
  });

  it('fails naming a quote that is not word for word in the story of its language', () => {
    expect(checked((l) => (l.sourceEvaluation.items[0]!.quote = englishLesson.sourceEvaluation.items[0]!.quote))).toThrow(
      /^Invalid lesson in src\/content\/lesson\/ru\.json:\n {2}sourceEvaluation\.items\[0\]\.quote: not found word for word in the story/,
    );
  });

  it('names only fields that the lesson has', () => {
    const fields = new Set<string>();
    const walk = (value: unknown, path: string[]) => {
      if (path.length) fields.add(path.join('.'));
      if (Array.isArray(value)) value.forEach((item) => walk(item, path));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([key, item]) => walk(item, [...path, key]));
    };
    walk(englishLesson, []);
    expect([...LESSON_REFERENCES].filter((field) => !fields.has(field))).toEqual([]);
  });
});

describe('the message check', () => {
  const reference = { story: { counter: 'Step {step} of {steps}', title: 'Title', sources: { one: '{count} source', other: '{count} sources' } }, list: ['a', 'b'] };

  it('names missing, unknown and mistyped keys, and lists of another length', () => {
    const translation = { story: { counter: { text: 'n' }, extra: 'x', sources: { one: '{count}', other: '{count}' } }, list: ['a'] };
    expect(messageProblems(translation, reference, ['one', 'other'])).toEqual([
      'story.counter: expected text',
      'missing key story.title',
      'unknown key story.extra (not in English)',
      'list: expected 2 items, found 1',
    ]);
  });

  it('names a text whose placeholders are not English’s', () => {
    const translation = { story: { counter: 'Шаг {step} из {total}', title: 'Заголовок', sources: { one: '{count}', other: '{count}' } }, list: ['а', 'б'] };
    expect(messageProblems(translation, reference, ['one', 'other'])).toEqual(['story.counter: uses "{step} {total}", expected "{steps} {step}" (as in English)']);
  });

  it('asks a plural message for exactly the plural categories of its language', () => {
    const russian = (sources: Record<string, string>) => ({ story: { counter: '{step} из {steps}', title: 'Заголовок', sources }, list: ['а', 'б'] });
    const categories = new Intl.PluralRules('ru').resolvedOptions().pluralCategories;
    expect(messageProblems(russian({ one: '{count} источник', few: '{count} источника', many: '{count} источников', other: '{count} источника' }), reference, categories)).toEqual([]);
    expect(messageProblems(russian({ one: '{count} источник', other: '{count} источника' }), reference, categories)).toEqual([
      'story.sources: expected the plural forms "few many one other", found "one other"',
    ]);
    expect(messageProblems(russian({ one: '{n} источник', few: '{count} источника', many: '{count} источников', other: '{count} источника' }), reference, categories)).toEqual([
      'story.sources.one: uses "{n}", expected "{count}" (as in English)',
    ]);
  });
});

describe('a translated glossary', () => {
  const reference = glossaryFor(DEFAULT_LOCALE);
  const copy = () => structuredClone(reference) as GlossaryEntry[];

  it('agrees with English when only its words differ', () => {
    const words = copy().map((entry) => ({ ...entry, term: `${entry.term} (ru)`, definition: 'Определение.' }));
    expect(glossaryDivergence(reference, words)).toEqual([]);
  });

  it('fails naming a missing or extra entry and an entry citing other records', () => {
    const [dropped, changed] = copy();
    const entries = [{ ...changed!, facts: [] }, ...copy().slice(2), { ...dropped!, id: 'invented-entry' }];
    expect(glossaryDivergence(reference, entries)).toEqual([`missing entry "${dropped!.id}"`, `"${changed!.id}": cites other facts than English`, 'extra entry "invented-entry"']);
  });
});

describe('translated figures', () => {
  const reference = JSON.parse(readFileSync('src/content/figures/en.json', 'utf8')) as FiguresContent;

  it('fail when a group cites another record or loses its note, naming the group', () => {
    const translation = structuredClone(reference);
    translation.keyNumbers[0]!.figures.reverse();
    translation.keyNumbers[0]!.label = 'Ушли в Армению';
    expect(figuresDivergence(reference, structuredClone(reference))).toEqual([]);
    expect(figuresDivergence(reference, translation)).toEqual([expect.stringMatching(/^keyNumbers\[0\] \("Ушли в Армению"\): other figures/)]);
    expect(figuresDivergence(reference, { ...reference, contested: [] })).toEqual(['contested: 0 groups, English ' + reference.contested.length]);
  });
});
