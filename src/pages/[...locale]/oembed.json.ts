import type { APIRoute } from 'astro';
import { snippetSpec } from '../../embed/build/spec.ts';
import { PLAIN_HEIGHT, snippet } from '../../embed/build/snippets.ts';
import { everyLocale } from '../../i18n/locales.ts';
import { localeI18n } from '../../i18n/page.ts';
import { asLocale } from '../../i18n/index.ts';
import { cardPath } from '../../images/images.ts';
import { publicUrl, site } from '../../site.ts';

/**
 * oEmbed (oembed.com) for the story in each language, as a static file (/oembed.json, /<locale>/oembed.json):
 * a `rich` response whose html is the iframe with the project's loader. Pages link to it with
 * <link rel="alternate" type="application/json+oembed">. A static file cannot learn its own address: built
 * without SITE_URL, its URLs are base-relative (README).
 */
export const getStaticPaths = everyLocale;

export const GET: APIRoute = ({ currentLocale }) => {
  const page = localeI18n(asLocale(currentLocale));
  const { t, prefix } = page;
  return Response.json({
    version: '1.0',
    type: 'rich',
    title: t.site.headline,
    author_name: t.site.credit,
    provider_name: t.site.name,
    provider_url: publicUrl(prefix),
    html: snippet(snippetSpec(page, { kind: 'loader' })),
    width: 800,
    height: PLAIN_HEIGHT,
    thumbnail_url: publicUrl(`${prefix}${cardPath('story')}`),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    license: site.licence.name,
    license_url: site.licence.url,
  });
};
