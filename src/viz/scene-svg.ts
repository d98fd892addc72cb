import { escapeMarkup } from '../lib/escape.ts';
import { attributeValue, round, viewBox, type Mark, type Scene } from './scene.ts';

/** Build-time rendering: a Scene as a standalone, accessible SVG string. */

export function markToSvg(m: Mark): string {
  const attrs = Object.entries(m.attrs)
    .map(([name, value]) => ` ${name}="${escapeMarkup(attributeValue(value))}"`)
    .join('');
  return `<${m.tag} data-key="${escapeMarkup(m.key)}"${attrs}>${m.text === undefined ? '' : escapeMarkup(m.text)}</${m.tag}>`;
}

export interface SvgOptions {
  /** id prefix for the title/desc elements referenced by aria-labelledby. */
  id: string;
  title: string;
  description: string;
  /** Where to draw it inside another SVG (it scales to fit), as the build-time images do. */
  viewport?: { x: number; y: number; width: number; height: number };
}

export function sceneToSvg(scene: Scene, { id, title, description, viewport }: SvgOptions): string {
  const placed = viewport ? ` x="${round(viewport.x)}" y="${round(viewport.y)}" width="${round(viewport.width)}" height="${round(viewport.height)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${placed} viewBox="${viewBox(scene)}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMidYMid meet">` +
    `<title id="${id}-title">${escapeMarkup(title)}</title><desc id="${id}-desc">${escapeMarkup(description)}</desc>` +
    scene.marks.map(markToSvg).join('') +
    `</svg>`
  );
}
