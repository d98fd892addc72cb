import { escapeMarkup as attr } from '../../lib/escape.ts';
import { absoluteUrl, site } from '../../site.ts';
import { LOADER_ATTRIBUTE } from '../loader-attribute.ts';

/**
 * The HTML that newsrooms and educators paste to republish the story (shown in the Embed panel and
 * returned by oEmbed). Every URL is absolute, on the configured site (SITE_URL + SITE_BASE).
 */

/** Height of a frame before (or without) any script: the story then scrolls inside it. */
export const PLAIN_HEIGHT = 720;

export const storyEmbedUrl = () => absoluteUrl('embed/');
export const visualEmbedUrl = (viz: string, step?: string) => absoluteUrl(`embed/${viz}/`) + (step ? `?step=${encodeURIComponent(step)}` : '');
export const loaderUrl = () => absoluteUrl('embed.js');

/** The credit line to print beside the republished story. */
export function creditLine(): string {
  return `“${site.headline}” by ${site.credit}, ${absoluteUrl('')}, licensed under ${site.licence.name} (${site.licence.url}).`;
}

/** A plain iframe: works with no script on the host; the story scrolls inside the frame. */
export function iframeSnippet(src = storyEmbedUrl(), title: string = site.headline, height = PLAIN_HEIGHT): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** The same iframe upgraded by the project's loader: sized to its content, steps follow the host's scroll. */
export function loaderSnippet(src = storyEmbedUrl(), title: string = site.headline, height = PLAIN_HEIGHT): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy" ${LOADER_ATTRIBUTE}></iframe>\n` +
    `<script src="${attr(loaderUrl())}" async></script>`
  );
}

/** For CMSs that already load NPR's pym.js v1: auto-initialised, with scroll tracking on. */
export function pymSnippet(src = storyEmbedUrl(), title: string = site.headline): string {
  return `<div data-pym-src="${attr(src)}" data-pym-trackscroll data-pym-title="${attr(title)}"></div>\n<!-- Needs pym.js v1 on the page, e.g. your CMS's copy of pym.v1.min.js -->`;
}
