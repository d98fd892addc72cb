import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { factSources } from '../../src/data/index.ts';
import { sectionSchema } from '../../src/story/schema.ts';
import { DEFAULT_LOCALE, type Locale } from '../../src/i18n/locales.ts';
import type { StorySection } from '../../src/story/story.ts';
import { visuals } from '../../src/viz/registry.ts';

/**
 * The story in one language as the build reads it (front matter of src/content/story/<locale>/*.md, checked
 * by the same schema), for unit tests that need every step without running Astro.
 */
export function readStory(locale: Locale = DEFAULT_LOCALE): Pick<StorySection, 'file' | 'title' | 'steps' | 'order' | 'label'>[] {
  const schema = sectionSchema(visuals, factSources);
  const dir = join('src/content/story', locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const file = join(dir, name);
      const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1];
      if (!frontMatter) throw new Error(`${file}: no front matter`);
      return { ...schema.parse(yaml.load(frontMatter)), file };
    })
    .sort((a, b) => a.order - b.order);
}
