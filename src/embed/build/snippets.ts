import { escapeMarkup as attr } from '../../lib/escape.ts';
import { publicUrl, site } from '../../site.ts';
import { LOADER_ATTRIBUTE } from '../loader-attribute.ts';

/**
 * The HTML that newsrooms and educators paste to republish the story (shown in the Embed panel and
 * returned by oEmbed). URLs are absolute on `origin`: SITE_URL (+ SITE_BASE) at build time when it is
 * set; without it the build writes base-relative paths and the page rebuilds each snippet for its own
 * address from its `data-snippet` spec (src/client/complete-urls.ts).
 */

/** Height of a frame before (or without) any script: the story then scrolls inside it. */
export const PLAIN_HEIGHT = 720;

/**
 * "<!--", built at run time: this module also runs in the browser (src/client/complete-urls.ts), and a
 * literal "<!--" in a script that Astro inlines into a page, followed by "<script", makes the HTML parser
 * read the rest of the page as script. The minifier folds constant expressions (even String.fromCharCode)
 * back into "<!--", but not a JSON.parse of an escape.
 */
const COMMENT_OPEN: string = JSON.parse('"\\u003c!--"');

export const storyEmbedUrl = (origin?: string) => publicUrl('embed/', origin);
export const visualEmbedUrl = (viz: string, step?: string, origin?: string) =>
  publicUrl(`embed/${viz}/`, origin) + (step ? `?step=${encodeURIComponent(step)}` : '');
export const loaderUrl = (origin?: string) => publicUrl('embed.js', origin);

/** The credit line to print beside the republished story. */
export function creditLine(origin?: string): string {
  return `“${site.headline}” by ${site.credit}, ${publicUrl('', origin)}, licensed under ${site.licence.name} (${site.licence.url}).`;
}

/** A plain iframe: works with no script on the host; the story scrolls inside the frame. */
export function iframeSnippet(src = storyEmbedUrl(), title: string = site.headline, height = PLAIN_HEIGHT): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** The same iframe upgraded by the project's loader: sized to its content, steps follow the host's scroll. */
export function loaderSnippet(src = storyEmbedUrl(), title: string = site.headline, height = PLAIN_HEIGHT, origin?: string): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy" ${LOADER_ATTRIBUTE}></iframe>\n` +
    `<script src="${attr(loaderUrl(origin))}" async></script>`
  );
}

/** For CMSs that already load NPR's pym.js v1: auto-initialised, with scroll tracking on. */
export function pymSnippet(src = storyEmbedUrl(), title: string = site.headline): string {
  return `<div data-pym-src="${attr(src)}" data-pym-trackscroll data-pym-title="${attr(title)}"></div>\n${COMMENT_OPEN} Needs pym.js v1 on the page, e.g. your CMS's copy of pym.v1.min.js -->`;
}

/** A snippet as data: what it embeds (the story, or one visual at a step) and how. */
export interface SnippetSpec {
  kind: 'loader' | 'pym' | 'iframe' | 'credit';
  viz?: string;
  step?: string;
  title?: string;
  height?: number;
}

/** The snippet a spec describes, with its URLs on `origin` (by default SITE_URL, else base-relative). */
export function snippet({ kind, viz, step, title = site.headline, height = PLAIN_HEIGHT }: SnippetSpec, origin?: string): string {
  if (kind === 'credit') return creditLine(origin);
  const src = viz ? visualEmbedUrl(viz, step, origin) : storyEmbedUrl(origin);
  if (kind === 'pym') return pymSnippet(src, title);
  return kind === 'loader' ? loaderSnippet(src, title, height, origin) : iframeSnippet(src, title, height);
}
