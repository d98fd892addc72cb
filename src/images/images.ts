import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { I18n } from '../i18n/index.ts';
import { configuredSite, publicUrl, site, url } from '../site.ts';
import type { Step } from '../story/schema.ts';
import type { StorySection } from '../story/story.ts';
import type { Visual } from '../viz/types.ts';
import { resolveCss } from './css.ts';
import { posterSvg, SHAPES, type Poster, type PosterText, type ShapeId } from './poster.ts';

/**
 * The images the build writes (see src/pages/images/): for every step of the story, its visual at
 * that step's state in each shape, as SVG and PNG, plus the story's own share card.
 */

/** Read from the project at build time, as the pages ship them: the site's tokens and the images' frame. */
const readCss = (file: string) => readFileSync(file, 'utf8');
const globalCss = readCss('src/styles/global.css');
const imageCss = readCss('src/images/image.css');
/** The page's tokens once its web fonts have loaded (src/styles/global.css): images use the web fonts' faces. */
const WEB_FONTS = ':root.web-fonts';
/** What every chart shares (axes, grid, haloed text). */
const chartCss = readCss('src/viz/chart.css');

/** A visual's stylesheets (src/viz/chart.css and src/viz/<id>/*.css), resolved for the classes an image uses. */
function stylesheetFor(viz: string) {
  const folder = join('src/viz', viz);
  const own = [chartCss, ...readdirSync(folder).filter((name) => name.endsWith('.css')).map((name) => readCss(join(folder, name)))];
  return (classes: Set<string>) => resolveCss({ tokens: [globalCss, ...own], rules: [imageCss, ...own], scopes: [WEB_FONTS, `.figure[data-viz='${viz}']`], classes });
}

/** One step, with what its image needs. */
export interface StepImage {
  /** The image's file name without shape and extension: the step id, or `story` for the story's card. */
  name: string;
  step: Step;
  visual: Visual;
  /** The content file that defines the step, for error messages. */
  file: string;
  text: PosterText;
}

/** The files each image is offered as: `<name>-<suffix>.<format>`. */
export const RENDITIONS = [
  { suffix: 'wide', shape: 'wide', format: 'png', scale: 2 },
  { suffix: 'tall', shape: 'tall', format: 'png', scale: 2 },
  { suffix: 'wide', shape: 'wide', format: 'svg', scale: 1 },
  { suffix: 'tall', shape: 'tall', format: 'svg', scale: 1 },
  /** The share card: Open Graph and X want exactly 1200×630. */
  { suffix: 'card', shape: 'card', format: 'png', scale: 1 },
  /** A small preview for the gallery. */
  { suffix: 'preview', shape: 'wide', format: 'png', scale: 0.4 },
] as const satisfies { suffix: string; shape: ShapeId; format: 'png' | 'svg'; scale: number }[];

export type Rendition = (typeof RENDITIONS)[number];

/** The renditions offered for download beside each figure and in the gallery, with their labels. */
export const DOWNLOADS = RENDITIONS.filter((r) => r.suffix === 'wide' || r.suffix === 'tall').map((r) => ({
  ...r,
  label: `${r.format.toUpperCase()} ${r.suffix === 'wide' ? '16:9' : '4:5'}`,
  size: `${SHAPES[r.shape].width * r.scale}×${SHAPES[r.shape].height * r.scale}`,
}));

/** The site path of one rendition of an image, e.g. `images/blockade-wide.png`. */
export const imagePath = (name: string, { suffix, format }: Pick<Rendition, 'suffix' | 'format'>) => `images/${name}-${suffix}.${format}`;

/** The share card of a step (or of the story: `story`), for link previews. */
export const cardPath = (name: string) => imagePath(name, { suffix: 'card', format: 'png' });

/** The credit burned into every image: who made it, the licence, and where it lives (the story in the image's language). */
export function imageCredit({ t }: Pick<I18n, 't'>, prefix = ''): string[] {
  const home = configuredSite ? publicUrl(prefix).replace(/^https?:\/\//, '').replace(/\/$/, '') : undefined;
  return [t.site.credit, site.licence.name, ...(home ? [home] : [])];
}

/**
 * Every step of the story with its visual (the story's schema has checked that it exists), in the language
 * of `i18n` (visuals and sections in that language; `prefix` is its path, "" or "ru/").
 */
export function stepImages(sections: Pick<StorySection, 'file' | 'steps'>[], visuals: Record<string, Visual>, i18n: Pick<I18n, 't'>, prefix = ''): StepImage[] {
  return sections.flatMap(({ file, steps }) =>
    steps.map((step) => {
      const visual = visuals[step.viz];
      if (!visual) throw new Error(`${file}: step "${step.id}": unknown visual "${step.viz}"`);
      return { name: step.id, step, visual, file, text: { title: visual.title, description: step.alt, source: `${i18n.t.images.source} ${visual.credit}`, credit: imageCredit(i18n, prefix) } };
    }),
  );
}

/** The story's own card: its headline over its first step's graphic. */
export function storyImage(first: StepImage, { t }: Pick<I18n, 't'>): StepImage {
  return { ...first, name: 'story', text: { ...first.text, title: t.site.headline, description: t.site.name } };
}

/** Every file the build writes: each step in every rendition, and the story's card. */
export function imageFiles(steps: StepImage[], i18n: Pick<I18n, 't'>): { path: string; image: StepImage; rendition: Rendition }[] {
  const card = RENDITIONS.find((r) => r.suffix === 'card')!;
  const files = steps.flatMap((image) => RENDITIONS.map((rendition) => ({ image, rendition })));
  if (steps[0]) files.push({ image: storyImage(steps[0], i18n), rendition: card });
  return files.map((file) => ({ ...file, path: imagePath(file.image.name, file.rendition) }));
}

/** An image in one shape, as SVG; a state its visual cannot draw fails naming the file and the step. */
export function imagePoster(image: StepImage, shape: ShapeId): Poster {
  try {
    return posterSvg(SHAPES[shape], image.text, (size) => image.visual.render(image.step.state, size), stylesheetFor(image.visual.id));
  } catch (error) {
    throw new Error(`${image.file}: step "${image.step.id}" (${image.visual.id}): cannot draw its ${shape} image: ${(error as Error).message}`, { cause: error });
  }
}

/** Where the page links to an image (base-relative; absolute where a crawler needs it, see Page.astro). */
export const imageUrl = (name: string, rendition: Pick<Rendition, 'suffix' | 'format'>) => url(imagePath(name, rendition));
