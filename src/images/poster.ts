import { wrapParts, wrapText, type Face } from '../lib/text.ts';
import { escapeMarkup } from '../lib/escape.ts';
import { sceneToSvg } from '../viz/scene-svg.ts';
import type { Scene } from '../viz/scene.ts';

/**
 * The build-time image of a visual at one state: the figure as the page draws it (the visual's own
 * layout, at a size like the page's), framed with its title, what it shows, its source and the credit,
 * so it can be republished on its own. Pure: text in, SVG string out (rendered to PNG by render.ts).
 */

export type ShapeId = 'wide' | 'tall' | 'card';

export interface Shape {
  id: ShapeId;
  width: number;
  height: number;
  /** Text in a column beside the graphic, or above and below it. */
  arrangement: 'beside' | 'stacked';
  /** How much the graphic is enlarged from the size its layout draws at, so its labels read at the image's size. */
  zoom: number;
  /** Font sizes (px at 1x). */
  title: number;
  description: number;
  small: number;
}

export const SHAPES: Record<ShapeId, Shape> = {
  /** 16:9, for web pages and slides. */
  wide: { id: 'wide', width: 1200, height: 675, arrangement: 'beside', zoom: 1.3, title: 38, description: 21, small: 15 },
  /** 4:5, for phones and social feeds. */
  tall: { id: 'tall', width: 1080, height: 1350, arrangement: 'stacked', zoom: 1.6, title: 46, description: 25, small: 18 },
  /** The share card (Open Graph and X), 1200×630. */
  card: { id: 'card', width: 1200, height: 630, arrangement: 'beside', zoom: 1.25, title: 38, description: 21, small: 15 },
};

export interface PosterText {
  title: string;
  /** What the graphic shows (the step's alt text): as many whole sentences as fit are printed. */
  description: string;
  /** The figure's source line, as printed ("Source: …"). */
  source: string;
  /** Who made it, its licence and where it lives: phrases printed whole, joined by a dot. */
  credit: string[];
}

const LINE_HEIGHT = 1.3;
const PADDING = 48;
const BAR = 8;

interface TextBlock {
  lines: string[];
  size: number;
  className: string;
}

function block(text: string, size: number, width: number, face: Face, className: string): TextBlock {
  return { lines: wrapText(text, width, { fontPx: size, face }), size, className };
}

const blockHeight = (b: TextBlock) => b.lines.length * b.size * LINE_HEIGHT;

/**
 * The leading sentences of `text` that fit in `maxLines` (at least the first; a first sentence that
 * does not fit is cut at a word and ends with an ellipsis), or none when a long title leaves no line.
 */
export function leadingSentences(text: string, size: number, width: number, maxLines: number, className: string): TextBlock {
  if (maxLines < 1) return { lines: [], size, className };
  const sentences = text.trim().split(/(?<=[.!?])\s+(?=[\p{Lu}“"‘'«(])/u);
  let fitted = block(sentences[0]!, size, width, 'ui', className);
  if (fitted.lines.length > maxLines) {
    const lines = fitted.lines.slice(0, maxLines);
    lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s,;:.]*$/, '')}…`;
    return { ...fitted, lines };
  }
  for (let n = 2; n <= sentences.length; n++) {
    const candidate = block(sentences.slice(0, n).join(' '), size, width, 'ui', className);
    if (candidate.lines.length > maxLines) break;
    fitted = candidate;
  }
  return fitted;
}

function textSvg(b: TextBlock, x: number, top: number): string {
  return b.lines
    .map((line, i) => `<text class="${b.className}" x="${x}" y="${round(top + (i + 0.8) * b.size * LINE_HEIGHT)}" font-size="${b.size}">${escapeMarkup(line)}</text>`)
    .join('');
}

const round = (n: number) => Math.round(n * 10) / 10;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Poster {
  svg: string;
  /** Every class used in the image, for its stylesheet. */
  classes: Set<string>;
  /** Where the title is printed (tests look for its ink there). */
  titleBox: Box;
}

/**
 * Lays out one image. `drawGraphic` gets the size to lay the visual out at (the graphic's area divided
 * by the shape's zoom) and returns its scene; `stylesheet` gets the classes the image uses.
 */
export function posterSvg(
  shape: Shape,
  text: PosterText,
  drawGraphic: (size: { width: number; height: number }) => Scene,
  stylesheet: (classes: Set<string>) => string,
): Poster {
  const { width, height } = shape;
  const columnWidth = shape.arrangement === 'beside' ? 380 : width - 2 * PADDING;
  const title = block(text.title, shape.title, columnWidth, 'text', 'image-title');
  const source = block(text.source, shape.small, columnWidth, 'ui', 'image-source');
  const credit: TextBlock = { lines: wrapParts(text.credit, ' · ', columnWidth, { fontPx: shape.small }), size: shape.small, className: 'image-credit' };
  const footer = blockHeight(source) + shape.small * 0.8 + blockHeight(credit);
  const gap = shape.description * 0.8;

  let description: TextBlock;
  let graphic: Box;
  let parts: string;
  if (shape.arrangement === 'beside') {
    const room = height - 2 * PADDING - blockHeight(title) - gap - footer - gap;
    description = leadingSentences(text.description, shape.description, columnWidth, Math.floor(room / (shape.description * LINE_HEIGHT)), 'image-description');
    const footerTop = height - PADDING - footer;
    graphic = { x: PADDING + columnWidth + PADDING, y: PADDING, width: width - columnWidth - 3 * PADDING, height: height - 2 * PADDING };
    parts =
      textSvg(title, PADDING, PADDING) +
      textSvg(description, PADDING, PADDING + blockHeight(title) + gap) +
      textSvg(source, PADDING, footerTop) +
      textSvg(credit, PADDING, footerTop + blockHeight(source) + shape.small * 0.8);
  } else {
    description = leadingSentences(text.description, shape.description, columnWidth, 4, 'image-description');
    const top = PADDING + blockHeight(title) + gap + blockHeight(description) + gap;
    const footerTop = height - PADDING - footer;
    graphic = { x: PADDING, y: top, width: columnWidth, height: footerTop - gap - top };
    parts =
      textSvg(title, PADDING, PADDING) +
      textSvg(description, PADDING, PADDING + blockHeight(title) + gap) +
      `<line class="image-rule" x1="${PADDING}" x2="${width - PADDING}" y1="${round(footerTop - gap / 2)}" y2="${round(footerTop - gap / 2)}"></line>` +
      textSvg(source, PADDING, footerTop) +
      textSvg(credit, PADDING, footerTop + blockHeight(source) + shape.small * 0.8);
  }

  const scene = drawGraphic({ width: Math.round(graphic.width / shape.zoom), height: Math.round(graphic.height / shape.zoom) });
  const classes = new Set([
    'image-background',
    'image-bar',
    'image-rule',
    ...[title, description, source, credit].map((b) => b.className),
    ...scene.marks.flatMap((m) => String(m.attrs.class ?? '').split(/\s+/).filter(Boolean)),
  ]);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeMarkup(text.title)}</title><desc>${escapeMarkup(text.description)}</desc>` +
    `<style>${stylesheet(classes)}</style>` +
    `<rect class="image-background" width="${width}" height="${height}"></rect>` +
    `<rect class="image-bar" width="${width}" height="${BAR}"></rect>` +
    parts +
    sceneToSvg(scene, { id: 'graphic', title: text.title, description: text.description, viewport: graphic }) +
    `</svg>`;
  return { svg, classes, titleBox: { x: PADDING, y: PADDING, width: columnWidth, height: blockHeight(title) } };
}
