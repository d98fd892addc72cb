import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { factSources } from '../../src/data/index.ts';
import { sectionSchema } from '../../src/story/schema.ts';
import type { StorySection } from '../../src/story/story.ts';
import { visuals } from '../../src/viz/registry.ts';

const STORY_DIR = 'src/content/story';

/**
 * The story as the build reads it (front matter of src/content/story/*.md, checked by the same schema),
 * for unit tests that need every step without running Astro.
 */
export function readStory(): Pick<StorySection, 'file' | 'steps' | 'order'>[] {
  const schema = sectionSchema(visuals, factSources);
  return readdirSync(STORY_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const file = join(STORY_DIR, name);
      const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1];
      if (!frontMatter) throw new Error(`${file}: no front matter`);
      return { ...schema.parse(yaml.load(frontMatter)), file };
    })
    .sort((a, b) => a.order - b.order);
}
