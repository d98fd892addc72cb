import { factSources, timelineEvents } from '../data/index.ts';
import { parseDataFile } from '../data/load.ts';
import type { StorySection } from '../story/load.ts';
import lessonJson from '../content/lesson/lesson.json';
import { lessonProblems } from './check.ts';
import { lessonSchema, type Lesson } from './schema.ts';

const FILE = 'src/content/lesson/lesson.json';

/** The lesson, validated on its own and against the story it teaches (errors name the file and field). */
export function loadLesson(sections: StorySection[]): Lesson {
  const lesson = parseDataFile(FILE, lessonSchema(factSources), lessonJson);
  const problems = lessonProblems(lesson, { sections, timeline: new Map(timelineEvents.map((e) => [e.id, e])), factSources });
  if (problems.length) throw new Error(`Invalid lesson in ${FILE}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return lesson;
}
