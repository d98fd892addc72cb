import { escapeMarkup as attr } from '../../lib/escape.ts';
import { publicUrl } from '../../site.ts';
import { LOADER_ATTRIBUTE } from '../loader-attribute.ts';
import { DEFAULT_EMBED_OPTIONS, setEmbedOptions, type EmbedOptions } from '../options.ts';

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

/** The story for iframes in a language: `locale` is its path prefix ("" for English, "ru/"). */
export const storyEmbedUrl = (locale: string, origin?: string) => publicUrl(`${locale}embed/`, origin);
export const visualEmbedUrl = (locale: string, viz: string, step?: string, origin?: string) =>
  publicUrl(`${locale}embed/${viz}/`, origin) + (step ? `?step=${encodeURIComponent(step)}` : '');
export const loaderUrl = (origin?: string) => publicUrl('embed.js', origin);

/** Where a credit line template ({@link SnippetSpec.credit}) puts the address of the story in its language. */
export const ADDRESS = '{address}';

/** A plain iframe: works with no script on the host; the story scrolls inside the frame. */
export function iframeSnippet(src: string, title: string, height = PLAIN_HEIGHT): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** The same iframe upgraded by the project's loader: sized to its content, steps follow the host's scroll. */
export function loaderSnippet(src: string, title: string, height = PLAIN_HEIGHT, origin?: string): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy" ${LOADER_ATTRIBUTE}></iframe>\n` +
    `<script src="${attr(loaderUrl(origin))}" async></script>`
  );
}

/** For CMSs that already load NPR's pym.js v1: auto-initialised, with scroll tracking on; `comment` says what it needs. */
export function pymSnippet(src: string, title: string, comment: string): string {
  return `<div data-pym-src="${attr(src)}" data-pym-trackscroll data-pym-title="${attr(title)}"></div>\n${COMMENT_OPEN} ${comment.replaceAll('--', '–')} -->`;
}

/**
 * A snippet as data: what it embeds (the story, or one visual at a step, with a newsroom's options), how,
 * and in which language, with the words it carries, so the browser can rebuild it for its own address
 * (src/client/complete-urls.ts) or with other options (src/client/embed-options-form.ts).
 */
export interface SnippetSpec {
  kind: 'loader' | 'pym' | 'iframe' | 'credit';
  /** The language's path prefix: "" for English, "ru/" (the embed and credit addresses carry it). */
  locale: string;
  viz?: string;
  step?: string;
  /** The frame's title (its accessible name on the host page). */
  title: string;
  height?: number;
  /** pym: the comment saying what the host page needs. */
  comment?: string;
  /** credit: the credit line, with {@link ADDRESS} where the story's address goes. */
  credit?: string;
  /** For one visual: the options written into its address (only those that differ from the defaults). */
  options?: EmbedOptions;
}

/** A single visual's address with the options that differ from the defaults (src/embed/options.ts). */
function withOptions(src: string, options: EmbedOptions): string {
  const [path, query = ''] = src.split('?');
  const params = setEmbedOptions(new URLSearchParams(query), options).toString();
  return params ? `${path}?${params}` : path!;
}

/** The snippet a spec describes, with its URLs on `origin` (by default SITE_URL, else base-relative). */
export function snippet({ kind, locale, viz, step, title, height = PLAIN_HEIGHT, comment = '', credit = '', options }: SnippetSpec, origin?: string): string {
  if (kind === 'credit') return credit.replace(ADDRESS, publicUrl(locale, origin));
  const src = viz ? withOptions(visualEmbedUrl(locale, viz, step, origin), options ?? DEFAULT_EMBED_OPTIONS) : storyEmbedUrl(locale, origin);
  if (kind === 'pym') return pymSnippet(src, title, comment);
  return kind === 'loader' ? loaderSnippet(src, title, height, origin) : iframeSnippet(src, title, height);
}
