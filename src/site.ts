/**
 * Site-wide settings that are the same in every language: dates and the licence. The site's name,
 * headline and credit are words, in each language's messages (src/i18n/messages/, `site`).
 */
export const site = {
  /** The article describes the events of this day. Its author, outlet and publication date are not known. */
  eventsDate: '2023-09-19',
  /** The explainer's own additions were checked against their sources up to this day (src/data/SOURCES.md, "Unverified"). */
  factsCheckedUpTo: '2025-12-01',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

/** A path inside the site, honouring the configured base (the site may be hosted under a sub-path). */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/**
 * The site's public address (SITE_URL) when the build was told it; otherwise undefined, and pages complete
 * their embed snippets, credit line and print footer from the address they are served from (see README,
 * "Build and deploy URLs"). Never a guess such as localhost.
 */
export const configuredSite: string | undefined = import.meta.env.SITE;

/**
 * The address to give out for a path (embed snippets, credit line, oEmbed, canonical links): absolute on
 * `origin` (by default SITE_URL) when there is one, otherwise the base-relative path, for the page to complete.
 */
export function publicUrl(path = '', origin: string | undefined = configuredSite): string {
  return origin ? new URL(url(path), origin).href : url(path);
}

/** A page's path inside the site (Astro.url.pathname without the base), for publicUrl(). */
export function sitePath(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
}
