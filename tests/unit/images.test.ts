import type { RenderedImage } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { imageFiles, imagePoster, RENDITIONS, stepImages } from '../../src/images/images.ts';
import { leadingSentences, SHAPES, type Box } from '../../src/images/poster.ts';
import { rasterize, renderPng } from '../../src/images/render.ts';
import { en, englishVisuals } from '../support/i18n.ts';
import { readStory } from '../support/story.ts';

const story = readStory();
const images = stepImages(story, englishVisuals, en);

/** Share of the pixels in `box` (1x coordinates) dark enough to be text on the light background. */
function ink(image: RenderedImage, box: Box, scale = 1): number {
  const { pixels, width } = image;
  let dark = 0;
  let total = 0;
  for (let y = Math.round(box.y * scale); y < (box.y + box.height) * scale; y++) {
    for (let x = Math.round(box.x * scale); x < (box.x + box.width) * scale; x++) {
      const i = (y * width + x) * 4;
      total++;
      if (0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]! < 128) dark++;
    }
  }
  return dark / total;
}

/** A PNG's size, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ signature: png.subarray(1, 4).toString(), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('build-time images', () => {
  it('has an image for every step of the story, in every rendition, and a card for the story', () => {
    const steps = story.flatMap((section) => section.steps.map((step) => step.id));
    expect(images.map((image) => image.name)).toEqual(steps);
    const paths = imageFiles(images, en).map((file) => file.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toHaveLength(steps.length * RENDITIONS.length + 1);
    expect(paths).toContain('images/story-card.png');
  });

  it.each(images.map((image) => [image.name, image] as const))('%s: a 1200×630 share card with its title drawn, in plain CSS', async (_, image) => {
    const poster = imagePoster(image, 'card');
    expect(poster.svg).not.toMatch(/var\(|color-mix\(|\bfont:/);
    // The faces the page shows once its web fonts have loaded, not its first-paint fallbacks.
    expect(poster.svg).toMatch(/\.image-title\{[^}]*font-family:'Source Serif 4'/);
    const rendered = await rasterize(poster.svg);
    expect([rendered.width, rendered.height]).toEqual([1200, 630]);
    expect(ink(rendered, poster.titleBox)).toBeGreaterThan(0.04);
  });

  it('finds no ink where no title is drawn (the check would catch a missing font)', async () => {
    const poster = imagePoster(images[0]!, 'card');
    const untitled = await rasterize(poster.svg.replace(/<text class="image-title".*?<\/text>/g, ''));
    expect(ink(untitled, poster.titleBox)).toBe(0);
  });

  it.each(Object.keys(englishVisuals))('%s: a PNG of the requested size in each shape, at 2x', async (viz) => {
    const image = images.find((i) => i.visual.id === viz);
    if (!image) return; // a visual no step uses has no image
    for (const shape of [SHAPES.wide, SHAPES.tall]) {
      const poster = imagePoster(image, shape.id);
      const png = await renderPng(poster.svg, 2);
      expect(pngSize(png)).toEqual({ signature: 'PNG', width: shape.width * 2, height: shape.height * 2 });
    }
  });

  it('fails naming the file and the step when a state cannot be drawn', () => {
    const image = images.find((i) => i.visual.id === 'timeline')!;
    const broken = { ...image, step: { ...image.step, state: { ...image.step.state, from: '2023-09-30', to: '2023-09-01' } } };
    expect(() => imagePoster(broken, 'wide')).toThrow(`${image.file}: step "${image.step.id}" (timeline): cannot draw its wide image: `);
  });
});

describe('the printed description', () => {
  const alt = 'A map of the area. The corridor is shaded in orange, from Goris to Stepanakert. Baku is marked.';

  it('prints as many whole sentences as fit', () => {
    expect(leadingSentences(alt, 10, 250, 2, 'd').lines.join(' ')).toBe('A map of the area. The corridor is shaded in orange, from Goris to Stepanakert.');
    expect(leadingSentences(alt, 10, 250, 1, 'd').lines.join(' ')).toBe('A map of the area.');
    expect(leadingSentences(alt, 10, 250, 9, 'd').lines.join(' ')).toBe(alt);
  });

  it('cuts a first sentence too long to fit at a word, with an ellipsis', () => {
    expect(leadingSentences('One two three four five six seven.', 10, 60, 2, 'd').lines).toEqual(['One two', 'three four…']);
  });

  it('prints nothing when the title leaves no line for it', () => {
    expect(leadingSentences(alt, 10, 250, 0, 'd').lines).toEqual([]);
    expect(leadingSentences(alt, 10, 250, -2, 'd').lines).toEqual([]);
  });
});
