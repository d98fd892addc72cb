import { factSources, timelineEvents } from '../data/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { getStory } from '../story/load.ts';
import { checkLesson } from './check.ts';
import type { Lesson } from './schema.ts';

/** Each language's lesson: src/content/lesson/<locale>.json. */
const files = import.meta.glob<unknown>('../content/lesson/*.json', { eager: true, import: 'default' });
const cache = new Map<Locale, Promise<Lesson>>();

/**
 * The lesson in a language, validated on its own and against the story in that language. A translation
 * must keep the English lesson's questions, items and references, in order: the build fails naming the
 * file and the field otherwise (checkLesson).
 */
export function getLesson(locale: Locale = DEFAULT_LOCALE): Promise<Lesson> {
  let found = cache.get(locale);
  if (!found) cache.set(locale, (found = load(locale)));
  return found;
}

async function load(locale: Locale): Promise<Lesson> {
  const file = `src/content/lesson/${locale}.json`;
  const raw = files[`../content/lesson/${locale}.json`];
  if (!raw) throw new Error(`locale ${locale}: no lesson (expected ${file})`);
  const context = { sections: await getStory(locale), timeline: new Map(timelineEvents.map((e) => [e.id, e])), factSources };
  return checkLesson(file, raw, context, locale === DEFAULT_LOCALE ? undefined : await getLesson(DEFAULT_LOCALE));
}
