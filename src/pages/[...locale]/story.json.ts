import type { APIRoute } from 'astro';
import { asLocale, everyLocale } from '../../i18n/locales.ts';
import { getStory } from '../../story/load.ts';
import { stageSpec } from '../../story/story.ts';

/** /story.json (and /<locale>/story.json): the stage's spec in each language (stageSpec). */
export const getStaticPaths = everyLocale;

export const GET: APIRoute = async ({ currentLocale }) => Response.json(stageSpec(await getStory(asLocale(currentLocale))));
