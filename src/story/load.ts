import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { slugify } from '../lib/text.ts';
import { assertUniqueStepIds, storyDivergence, type StorySection } from './story.ts';

export type { StorySection } from './story.ts';

const cache = new Map<Locale, Promise<StorySection[]>>();

/**
 * The story in reading order, in one language: the section files of src/content/story/<locale>/. Step ids
 * must be unique across all sections (they are URL fragments). A translation must keep the English
 * story's sections and steps, in order, with the same visuals and states (storyDivergence): the build
 * fails naming the language, the file and the step otherwise. Section anchors are the English ones in
 * every language, so a link keeps its place when the reader switches language.
 */
export function getStory(locale: Locale = DEFAULT_LOCALE): Promise<StorySection[]> {
  let found = cache.get(locale);
  if (!found) cache.set(locale, (found = load(locale)));
  return found;
}

async function load(locale: Locale): Promise<StorySection[]> {
  const entries = await getCollection('story', (entry) => entry.id.startsWith(`${locale}/`));
  if (entries.length === 0) throw new Error(`locale ${locale}: no story (expected src/content/story/${locale}/*.md)`);
  const sections = entries
    .map((entry) => ({ ...entry.data, slug: slugify(entry.data.title), file: entry.filePath ?? entry.id }))
    .sort((a, b) => a.order - b.order);
  assertUniqueStepIds(sections);
  if (locale === DEFAULT_LOCALE) return sections;
  const english = await getStory(DEFAULT_LOCALE);
  const problems = storyDivergence(english, sections);
  if (problems.length > 0) throw new Error(`locale ${locale}: the story departs from the English one:\n  ${problems.join('\n  ')}`);
  return sections.map((section, i) => ({ ...section, slug: english[i]!.slug }));
}
