import { renderAsync, type RenderedImage, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FAMILIES } from '../fonts/faces.ts';

/**
 * SVG → PNG at build time with resvg (a maintained renderer that ships its binary in its npm package),
 * with the site's faces as TrueType files: resvg cannot read the WOFF2 files the pages use, and would
 * then silently draw no text at all.
 */

// Resolved from the project, not from this module: the build bundles this file elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));

/** The faces the pages use, from the TrueType files the web fonts are cut from (src/fonts/faces.ts). */
const FONT_FILES = FAMILIES.flatMap((family) => family.faces.map((face) => require.resolve(face.source)));

const FONT_OPTIONS: ResvgRenderOptions['font'] = {
  loadSystemFonts: false,
  fontFiles: FONT_FILES,
  defaultFontFamily: 'Inter',
  sansSerifFamily: 'Inter',
  serifFamily: 'Source Serif 4',
};

/** What else a PNG depends on besides its SVG and scale: the renderer and the fonts. */
const RENDERER = [require('@resvg/resvg-js/package.json').version, ...FONT_FILES].join('\n');

/** `svg` drawn at `scale` times its size (2 for sharp images on high-density screens and in print). */
export function rasterize(svg: string, scale = 1): Promise<RenderedImage> {
  return renderAsync(svg, { fitTo: { mode: 'zoom', value: scale }, font: FONT_OPTIONS, logLevel: 'off' });
}

export async function renderPng(svg: string, scale = 1): Promise<Buffer> {
  return (await rasterize(svg, scale)).asPng();
}

/** Cached PNGs unused for this long are deleted. */
const CACHE_DAYS = 14;

/**
 * renderPng, remembered in `dir` by the SVG's content: a rebuild renders only the images that changed
 * (the layouts still run every time, so a broken state still fails the build).
 */
export function cachedRenderer(dir: string): typeof renderPng {
  mkdirSync(dir, { recursive: true });
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (now - statSync(join(dir, name)).mtimeMs > CACHE_DAYS * 86_400_000) rmSync(join(dir, name), { force: true });
  }
  return async (svg, scale = 1) => {
    const file = join(dir, `${createHash('sha256').update(`${RENDERER}\n${scale}\n${svg}`).digest('hex')}.png`);
    try {
      const png = readFileSync(file);
      utimesSync(file, new Date(), new Date());
      return png;
    } catch {
      const png = await renderPng(svg, scale);
      // Written aside, then renamed: parallel builds never read half a file.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, png);
      renameSync(partial, file);
      return png;
    }
  };
}
