import type { Lesson } from './schema.ts';

export interface LessonContext {
  /** The story's sections in order: their slugs and the prose of their steps. */
  sections: { slug: string; title: string; steps: { text: string }[] }[];
  timelineIds: ReadonlySet<string>;
}

/**
 * What the lesson says about the story must match the story: questions for every section (and
 * only existing ones), quotes found word for word in the article, events that exist in the data.
 * Returns problems as "field: message" lines for parseDataFile-style errors.
 */
export function lessonProblems(lesson: Lesson, { sections, timelineIds }: LessonContext): string[] {
  const problems: string[] = [];
  const slugs = new Set(sections.map((s) => s.slug));
  lesson.discussion.forEach((d, i) => {
    if (!slugs.has(d.section)) problems.push(`discussion[${i}].section: unknown section "${d.section}" (known: ${[...slugs].join(', ')})`);
  });
  const covered = new Set(lesson.discussion.map((d) => d.section));
  for (const s of sections) if (!covered.has(s.slug)) problems.push(`discussion: no questions for the section "${s.title}" (section: "${s.slug}")`);

  const article = sections.flatMap((s) => s.steps.map((step) => normalise(step.text))).join(' ');
  lesson.sourceEvaluation.items.forEach((item, i) => {
    if (!article.includes(normalise(item.quote))) problems.push(`sourceEvaluation.items[${i}].quote: not found word for word in the story: "${item.quote.slice(0, 60)}…"`);
  });

  const seen = new Set<string>();
  lesson.timelineActivity.events.forEach((id, i) => {
    if (!timelineIds.has(id)) problems.push(`timelineActivity.events[${i}]: unknown timeline event "${id}"`);
    if (seen.has(id)) problems.push(`timelineActivity.events[${i}]: "${id}" is listed twice`);
    seen.add(id);
  });
  return problems;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
