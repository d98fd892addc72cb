import { describe, expect, it } from 'vitest';
import lessonJson from '../../src/content/lesson/lesson.json';
import { timelineEvents } from '../../src/data/index.ts';
import { lessonProblems, type LessonContext } from '../../src/lesson/check.ts';
import { lessonSchema, type Lesson } from '../../src/lesson/schema.ts';
import { timelineWorksheet } from '../../src/lesson/worksheet.ts';

const lesson: Lesson = lessonSchema.parse(lessonJson);
const timelineIds = new Set(timelineEvents.map((e) => e.id));

/** A two-section story whose prose contains the given sentences. */
function story(...sentences: string[]): LessonContext {
  return {
    sections: [
      { slug: 'the-current-situation', title: 'The Current Situation', steps: [{ text: sentences.join(' ') }] },
      { slug: 'recommendations', title: 'Recommendations', steps: [{ text: 'Azerbaijan should\n  cease its military offensive immediately.' }] },
    ],
    timelineIds,
  };
}

const small: Lesson = {
  ...lesson,
  discussion: [
    { section: 'the-current-situation', questions: ['Why?', 'How?'] },
    { section: 'recommendations', questions: ['Who?', 'What?'] },
  ],
  sourceEvaluation: {
    instructions: 'Classify.',
    items: [{ quote: 'Azerbaijan should cease its military offensive immediately.', answer: 'recommendation', explanation: 'Says what should happen.' }],
  },
  timelineActivity: { ...lesson.timelineActivity, events: ['offensive-2023', 'war-2020'] },
};

describe('checking the lesson against the story', () => {
  it('accepts quotes that match the story word for word, whatever the line breaks', () => {
    expect(lessonProblems(small, story('Anything.'))).toEqual([]);
  });

  it('names a section without questions and questions for a section the story lacks', () => {
    const problems = lessonProblems({ ...small, discussion: [{ section: 'the-curent-situation', questions: ['Why?', 'How?'] }, small.discussion[1]!] }, story());
    expect(problems).toContain('discussion[0].section: unknown section "the-curent-situation" (known: the-current-situation, recommendations)');
    expect(problems).toContain('discussion: no questions for the section "The Current Situation" (section: "the-current-situation")');
  });

  it('rejects a quote that is not in the article word for word', () => {
    const edited = { ...small.sourceEvaluation.items[0]!, quote: 'Azerbaijan must cease its military offensive immediately.' };
    const problems = lessonProblems({ ...small, sourceEvaluation: { instructions: 'x', items: [edited] } }, story());
    expect(problems).toEqual([expect.stringMatching(/^sourceEvaluation\.items\[0\]\.quote: not found word for word/)]);
  });

  it('rejects unknown and repeated timeline events', () => {
    const problems = lessonProblems({ ...small, timelineActivity: { ...small.timelineActivity, events: ['war-2020', 'war-2021', 'war-2020'] } }, story());
    expect(problems).toEqual(['timelineActivity.events[1]: unknown timeline event "war-2021"', 'timelineActivity.events[2]: "war-2020" is listed twice']);
  });

  it('has questions for six sections and every kind of statement in the source activity', () => {
    expect(lesson.discussion).toHaveLength(6);
    expect(new Set(lesson.sourceEvaluation.items.map((i) => i.answer))).toEqual(new Set(['reported-fact', 'attributed-claim', 'analysis', 'recommendation']));
  });
});

describe('the timeline worksheet', () => {
  const events = lesson.timelineActivity.events.map((id) => timelineEvents.find((e) => e.id === id)!);
  const { cards, key } = timelineWorksheet(events);

  it('letters the events in alphabetical order of title', () => {
    expect(cards.map((c) => c.letter)).toEqual('ABCDEFGHIJ'.slice(0, events.length).split(''));
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
