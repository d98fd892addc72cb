// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';

// SITE_URL is where the site will be served (e.g. https://example.org): embed snippets, the credit line, canonical
// links and oEmbed use it. Without it the build never guesses (no localhost): pages complete those addresses from
// their own origin at run time, and the build says so (README, "Build and deploy URLs").
// SITE_BASE lets a newsroom host its own copy under a sub-path (e.g. /graphics/karabakh/).
// ASTRO_OUT_DIR / ASTRO_CACHE_DIR let parallel builds (tests, benchmarks) use their own folders.
export default defineConfig({
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  site: process.env.SITE_URL || undefined,
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'ignore',
  // One edition per language: English at the root, the others under /<code>/ (src/i18n/locales.ts). Every page
  // is built in every language (src/pages/[...locale]/), so no fallback: a missing translation fails the build.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Keep the spaces between inline elements that Astro 7's default 'jsx' whitespace rules would eat.
  compressHTML: false,
  // Three pages at a time: most of a build is drawing the PNG images (src/images/render.ts), which resvg does off the
  // main thread, so the build then keeps every core busy (36 s -> 23 s from a cold image cache on 2 cores, same output).
  build: { inlineStylesheets: 'always', concurrency: 3 },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // sitemap-index.xml lists the pages meant to be found: not the copies of the story made for iframes,
  // link previews or projectors, nor the lesson's teacher's copy (they name their original as canonical
  // and are noindex). Needs SITE_URL.
  integrations: [
    sitemap({ filter: (page) => !/\/(embed|share|present|lesson\/teacher)\//.test(new URL(page).pathname) }),
    {
      name: 'site-url-notice',
      hooks: {
        'astro:build:start': ({ logger }) => {
          if (!process.env.SITE_URL)
            logger.warn('SITE_URL is not set: embed snippets, the credit line and the print footer will be completed from each page\'s own address in the browser; canonical links are left out and oEmbed uses relative URLs. Set SITE_URL=https://… for a deployment.');
        },
      },
    },
  ],
  // A <meta> Content-Security-Policy on every built page (Astro adds hashes of its own inline scripts and
  // styles; there is no 'unsafe-inline'). Everything comes from the site itself; MapLibre needs its worker
  // from 'self' and data:/blob: images. No frame-ancestors (a meta CSP cannot carry it anyway): newsrooms
  // must be able to frame the embeds. Not active in `astro dev`.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
