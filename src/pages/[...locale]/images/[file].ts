import type { APIRoute, GetStaticPaths } from 'astro';
import { i18n } from '../../../i18n/index.ts';
import { perLocale } from '../../../i18n/locales.ts';
import { imageFiles, imagePoster, stepImages, type Rendition, type StepImage } from '../../../images/images.ts';
import { localeI18n } from '../../../i18n/page.ts';
import { cachedRenderer } from '../../../images/render.ts';
import { getStory } from '../../../story/load.ts';
import { visualsFor } from '../../../viz/registry.ts';

/** /images/<step>-<shape>.png|svg (and /<locale>/images/…): every graphic at every step, drawn at build time (see src/images/). */
export const getStaticPaths = (() =>
  perLocale(async (locale) =>
    imageFiles(stepImages(await getStory(locale), visualsFor(locale), i18n(locale), localeI18n(locale).prefix), i18n(locale)).map(({ path, image, rendition }) => ({
      params: { file: path.slice('images/'.length) },
      props: { image, rendition },
    })),
  )) satisfies GetStaticPaths;

/** Rebuilds render only the images whose SVG changed. */
const renderPng = cachedRenderer('node_modules/.cache/images');

export const GET: APIRoute = async ({ props }) => {
  const { image, rendition } = props as { image: StepImage; rendition: Rendition };
  const { svg } = imagePoster(image, rendition.shape);
  return rendition.format === 'svg'
    ? new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(new Uint8Array(await renderPng(svg, rendition.scale)), { headers: { 'Content-Type': 'image/png' } });
};
