import type { APIRoute, GetStaticPaths } from 'astro';
import { i18n } from '../../../i18n/index.ts';
import { perLocale } from '../../../i18n/locales.ts';
import { tableToCsv } from '../../../lib/table.ts';
import { visualsFor } from '../../../viz/registry.ts';

/**
 * /data/<file>.csv (and /<locale>/data/…): each figure's data table with its sources, written at build time.
 * The header row is the columns' keys, the same in every language; the cells are in the page's language.
 */
export const getStaticPaths = (() =>
  perLocale((locale) =>
    Object.values(visualsFor(locale)).flatMap((visual) => (visual.table ? [{ params: { file: visual.table.file }, props: { csv: tableToCsv(visual.table, i18n(locale).t) } }] : [])),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
