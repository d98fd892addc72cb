import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { slugify } from '../lib/text.ts';
import { assertUniqueStepIds, type StorySection } from './story.ts';

export type { StorySection } from './story.ts';

/** The story in reading order; step ids must be unique across all sections (they are URL fragments). */
export async function getStory(locale: Locale = DEFAULT_LOCALE): Promise<StorySection[]> {
  void locale;
  const entries = await getCollection('story');
  const sections = entries
    .map((entry) => ({ ...entry.data, slug: slugify(entry.data.title), file: entry.filePath ?? entry.id }))
    .sort((a, b) => a.order - b.order);
  assertUniqueStepIds(sections);
  return sections;
}
