import { round, type Mark, type Scene } from './scene.ts';

/** Build-time rendering: a Scene as a standalone, accessible SVG string. */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => escapes[c]!);
}

function attrValue(value: string | number): string {
  return typeof value === 'number' ? String(round(value)) : escapeXml(value);
}

export function markToSvg(m: Mark): string {
  const attrs = Object.entries(m.attrs)
    .map(([name, value]) => ` ${name}="${attrValue(value)}"`)
    .join('');
  return `<${m.tag} data-key="${escapeXml(m.key)}"${attrs}>${m.text === undefined ? '' : escapeXml(m.text)}</${m.tag}>`;
}

export interface SvgOptions {
  /** id prefix for the title/desc elements referenced by aria-labelledby. */
  id: string;
  title: string;
  description: string;
}

export function sceneToSvg(scene: Scene, { id, title, description }: SvgOptions): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${scene.height}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMidYMid meet">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>` +
    scene.marks.map(markToSvg).join('') +
    `</svg>`
  );
}
