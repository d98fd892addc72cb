/** Site-wide settings: the one place for the name, licence and credit line that embeds and pages show. */
export const site = {
  name: 'Nagorno-Karabakh, September 2023',
  headline: 'With Russia distracted in Ukraine, Azerbaijan launches attack on Armenian enclave',
  standfirst:
    'A scroll-through explainer of the Azerbaijani offensive in Nagorno-Karabakh on 19–20 September 2023, and of the shifting alliances around it: Russia, Turkey, the United States and Europe.',
  sectionLabel: 'Europe',
  /** The article describes the events of this day. */
  eventsDate: '2023-09-19',
  credit: 'Nagorno-Karabakh explainer contributors',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  lang: 'en',
} as const;

/** A path inside the site, honouring the configured base (the site may be hosted under a sub-path). */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** The same path as an absolute URL on the configured site (SITE_URL), for canonical links, embed snippets and oEmbed. */
export function absoluteUrl(path = ''): string {
  return new URL(url(path), import.meta.env.SITE).href;
}
