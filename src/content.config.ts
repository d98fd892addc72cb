import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { factSources } from './data/index.ts';
import { sectionSchema } from './story/schema.ts';
import { visuals } from './viz/registry.ts';

/** The article in each language (src/content/story/<locale>/): one Markdown file per section; each file's front matter lists its scroll steps. */
const story = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/story' }),
  schema: sectionSchema(visuals, factSources),
});

export const collections = { story };
