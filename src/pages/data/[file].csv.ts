import type { APIRoute, GetStaticPaths } from 'astro';
import { visuals } from '../../viz/registry.ts';
import { tableToCsv } from '../../lib/table.ts';

/** /data/<file>.csv: each figure's data table with its sources, written at build time. */
export const getStaticPaths = (() =>
  Object.values(visuals).flatMap((visual) => (visual.table ? [{ params: { file: visual.table.file }, props: { csv: tableToCsv(visual.table) } }] : []))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
