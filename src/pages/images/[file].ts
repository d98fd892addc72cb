import type { APIRoute, GetStaticPaths } from 'astro';
import { imageFiles, imagePoster, stepImages, type Rendition, type StepImage } from '../../images/images.ts';
import { cachedRenderer } from '../../images/render.ts';
import { getStory } from '../../story/load.ts';
import { visuals } from '../../viz/registry.ts';

/** /images/<step>-<shape>.png|svg: every graphic at every step, drawn at build time (see src/images/). */
export const getStaticPaths = (async () =>
  imageFiles(stepImages(await getStory(), visuals)).map(({ path, image, rendition }) => ({
    params: { file: path.slice('images/'.length) },
    props: { image, rendition },
  }))) satisfies GetStaticPaths;

/** Rebuilds render only the images whose SVG changed. */
const renderPng = cachedRenderer('node_modules/.cache/images');

export const GET: APIRoute = async ({ props }) => {
  const { image, rendition } = props as { image: StepImage; rendition: Rendition };
  const { svg } = imagePoster(image, rendition.shape);
  return rendition.format === 'svg'
    ? new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(new Uint8Array(await renderPng(svg, rendition.scale)), { headers: { 'Content-Type': 'image/png' } });
};
