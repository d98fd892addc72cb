import type { APIRoute, GetStaticPaths } from 'astro';
import { perLocale } from '../../../i18n/locales.ts';
import { visualsFor } from '../../../viz/registry.ts';

/**
 * /viz/<viz-id>.json (and /<locale>/viz/…): the data a visual's browser side lays out, with the words it
 * writes in that language. Fetched when the visual first shows rather than carried in every page's HTML,
 * which the first paint waits for.
 */
export const getStaticPaths = (() =>
  perLocale((locale) => Object.values(visualsFor(locale)).map((visual) => ({ params: { viz: visual.id }, props: { data: visual.data } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
