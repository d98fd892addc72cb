import { formatPath, parseDataFile } from '../data/load.ts';
import type { Source } from '../data/schema.ts';
import { normaliseSpace } from '../story/schema.ts';
import { lessonSchema, SOURCE_KINDS, type Lesson } from './schema.ts';

export interface LessonContext {
  /** The story's sections in order: their slugs and their steps. */
  sections: { slug: string; title: string; steps: { id: string; text: string; viz: string }[] }[];
  /** Timeline records by id (their dates). */
  timeline: ReadonlyMap<string, { date: string }>;
  /** The sources of every record of src/data/, by "<file>/<record id>". */
  factSources: Record<string, readonly (Source & { stateMedia?: boolean })[]>;
}

/**
 * A language's lesson file, validated: its schema, then against the story in its language (lessonProblems)
 * and, for a translation, against the English lesson (lessonDivergence). Throws naming the file and fields.
 */
export function checkLesson(file: string, raw: unknown, context: LessonContext, english?: Lesson): Lesson {
  const lesson = parseDataFile(file, lessonSchema(context.factSources), raw);
  const problems = [...lessonProblems(lesson, context), ...(english ? lessonDivergence(english, lesson) : [])];
  if (problems.length) throw new Error(`Invalid lesson in ${file}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return lesson;
}

/** Longest sentence allowed in a plain-language summary (about a reading age of 12). */
export const PLAIN_SENTENCE_WORDS = 20;

/** Explanations that say what sources confirm or contradict must name those sources. */
const KEYED_ON_SOURCES = new Set(['reported-fact', 'inaccurate']);

/**
 * What the lesson says about the story must match the story: questions and a plain-language
 * summary for every section (and only existing ones), quotes found word for word in the article,
 * map activities on the story's map steps, events that exist in the data on distinct dates, and
 * sources that the cited records really carry. Returns problems as "field: message" lines.
 */
export function lessonProblems(lesson: Lesson, { sections, timeline, factSources }: LessonContext): string[] {
  const problems: string[] = [];
  const slugs = new Set(sections.map((s) => s.slug));
  const steps = new Map(sections.flatMap((s) => s.steps.map((step) => [step.id, step] as const)));

  const perSection = (field: string, entries: { section: string }[]) => {
    entries.forEach((d, i) => {
      if (!slugs.has(d.section)) problems.push(`${field}[${i}].section: unknown section "${d.section}" (known: ${[...slugs].join(', ')})`);
    });
    const covered = new Set(entries.map((d) => d.section));
    for (const s of sections) if (!covered.has(s.slug)) problems.push(`${field}: nothing for the section "${s.title}" (section: "${s.slug}")`);
  };
  perSection('discussion', lesson.discussion);
  perSection('plainSummaries', lesson.plainSummaries);

  lesson.plainSummaries.forEach((summary, i) => {
    for (const sentence of sentences(summary.text)) {
      const words = sentence.split(' ').length;
      if (words > PLAIN_SENTENCE_WORDS) problems.push(`plainSummaries[${i}].text: a sentence of ${words} words (keep plain language to ${PLAIN_SENTENCE_WORDS}): "${sentence.slice(0, 60)}…"`);
    }
  });

  const article = sections.flatMap((s) => s.steps.map((step) => normaliseSpace(step.text))).join(' ');
  lesson.sourceEvaluation.items.forEach((item, i) => {
    if (!article.includes(normaliseSpace(item.quote))) problems.push(`sourceEvaluation.items[${i}].quote: not found word for word in the story: "${item.quote.slice(0, 60)}…"`);
    if (KEYED_ON_SOURCES.has(item.answer) && item.facts.length === 0) problems.push(`sourceEvaluation.items[${i}].facts: an answer of "${item.answer}" rests on sources: cite the records`);
  });

  const dates = new Map<string, string>();
  lesson.timelineActivity.events.forEach((id, i) => {
    const event = timeline.get(id);
    if (!event) problems.push(`timelineActivity.events[${i}]: unknown timeline event "${id}"`);
    else if (dates.get(event.date) === id) problems.push(`timelineActivity.events[${i}]: "${id}" is listed twice`);
    else if (dates.has(event.date)) problems.push(`timelineActivity.events[${i}]: "${id}" has the same date as "${dates.get(event.date)}" (${event.date}): the order would be ambiguous`);
    if (event) dates.set(event.date, id);
  });

  lesson.mapActivity.maps.forEach((map, i) => {
    const step = steps.get(map.step);
    if (!step) problems.push(`mapActivity.maps[${i}].step: unknown step "${map.step}"`);
    else if (step.viz !== 'map') problems.push(`mapActivity.maps[${i}].step: step "${map.step}" shows the ${step.viz}, not the map`);
  });
  if (!lesson.mapActivity.maps.some((m) => m.numbered)) problems.push('mapActivity.maps: no map has numbered places to label');

  lesson.sourceCheck.items.forEach((item, i) => {
    const where = `sourceCheck.items[${i}]`;
    if (!steps.has(item.step)) problems.push(`${where}.step: unknown step "${item.step}"`);
    const sources = factSources[item.fact];
    if (!sources) return problems.push(`${where}.fact: unknown fact "${item.fact}"`);
    const source = sources.find((s) => s.url === item.source);
    if (!source) return problems.push(`${where}.source: not a source of ${item.fact} (its sources: ${sources.map((s) => s.publisher).join('; ')})`);
    if (!!source.stateMedia !== SOURCE_KINDS[item.kind].stateMedia && (source.stateMedia || item.kind === 'foreign-state-media')) {
      problems.push(`${where}.kind: "${item.kind}" does not match the source, which src/data marks as ${source.stateMedia ? '' : 'not '}state media`);
    }
  });
  return problems;
}

/** A text's sentences, as a reader would split them (a full stop, question or exclamation mark, then a space). */
export function sentences(text: string): string[] {
  return normaliseSpace(text)
    .split(/(?<=[.?!])\s+/)
    .filter(Boolean);
}

/**
 * The fields of a lesson that refer to something (a section, a step, an event, a record, a source, a kind of
 * statement or source): a translation must give them as English does. Every other text is words; numbers,
 * flags and the length of every list must match too. Fields are named by their path without list indices.
 */
export const LESSON_REFERENCES = new Set([
  'contentNote.items.facts',
  'discussion.section',
  'discussion.questions.answer.facts',
  'plainSummaries.section',
  'plainSummaries.facts',
  'extensionQuestions.facts',
  'sourceEvaluation.items.answer',
  'sourceEvaluation.items.facts',
  'timelineActivity.events',
  'mapActivity.maps.step',
  'mapActivity.questions.facts',
  'sourceCheck.items.fact',
  'sourceCheck.items.source',
  'sourceCheck.items.kind',
  'sourceCheck.items.step',
  'sourceCheck.items.key.facts',
]);

/**
 * Where a translated lesson departs from the English one beyond its words (empty when they agree): the same
 * objectives, questions, items and activities, in the same order, each referring to what English refers to.
 * Problems are "path: …" with the translation's path ("discussion[2].questions[0].answer.facts: …").
 */
export function lessonDivergence(reference: Lesson, translation: Lesson): string[] {
  const problems: string[] = [];
  const walk = (ref: unknown, own: unknown, path: (string | number)[]) => {
    const at = formatPath(path);
    const field = path.filter((part) => typeof part === 'string').join('.');
    if (LESSON_REFERENCES.has(field) || (typeof ref !== 'string' && !Array.isArray(ref) && (typeof ref !== 'object' || ref === null))) {
      if (JSON.stringify(own) !== JSON.stringify(ref)) problems.push(`${at}: ${JSON.stringify(own)}, English ${JSON.stringify(ref)}`);
    } else if (Array.isArray(ref)) {
      const list = Array.isArray(own) ? own : [];
      if (list.length !== ref.length) problems.push(`${at}: ${list.length} items, English ${ref.length}`);
      ref.slice(0, list.length).forEach((item, i) => walk(item, list[i], [...path, i]));
    } else if (typeof ref === 'object' && ref !== null) {
      for (const [key, value] of Object.entries(ref)) walk(value, (own as Record<string, unknown> | undefined)?.[key], [...path, key]);
    }
  };
  walk(reference, translation, []);
  return problems;
}
