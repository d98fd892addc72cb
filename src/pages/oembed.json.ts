import type { APIRoute } from 'astro';
import { loaderSnippet, PLAIN_HEIGHT } from '../embed/build/snippets.ts';
import { cardPath } from '../images/images.ts';
import { publicUrl, site } from '../site.ts';

/**
 * oEmbed (oembed.com) for the story, as a static file: a `rich` response whose html is the iframe
 * with the project's loader. Pages link to it with <link rel="alternate" type="application/json+oembed">.
 * A static file cannot learn its own address: built without SITE_URL, its URLs are base-relative (README).
 */
export const GET: APIRoute = () =>
  Response.json({
    version: '1.0',
    type: 'rich',
    title: site.headline,
    author_name: site.credit,
    provider_name: site.name,
    provider_url: publicUrl(''),
    html: loaderSnippet(),
    width: 800,
    height: PLAIN_HEIGHT,
    thumbnail_url: publicUrl(cardPath('story')),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    license: site.licence.name,
    license_url: site.licence.url,
  });
