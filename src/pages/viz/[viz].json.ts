import type { APIRoute, GetStaticPaths } from 'astro';
import { visuals } from '../../viz/registry.ts';

/**
 * /viz/<viz-id>.json: the data a visual's browser side lays out (e.g. the SVG map's geodata). Fetched
 * when the visual first shows rather than carried in every page's HTML, which the first paint waits for.
 */
export const getStaticPaths = (() => Object.values(visuals).map((visual) => ({ params: { viz: visual.id }, props: { data: visual.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
