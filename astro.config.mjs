// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// SITE_BASE lets a newsroom host its own copy under a sub-path (e.g. /graphics/karabakh/).
// ASTRO_OUT_DIR / ASTRO_CACHE_DIR let parallel builds (tests, benchmarks) use their own folders.
export default defineConfig({
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'ignore',
  // Keep the spaces between inline elements that Astro 7's default 'jsx' whitespace rules would eat.
  compressHTML: false,
  build: { inlineStylesheets: 'always' },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // sitemap-index.xml lists the pages meant to be found: not the copies of the story made for iframes,
  // link previews or projectors (they name the story as canonical and are noindex). Needs SITE_URL.
  integrations: [sitemap({ filter: (page) => !/\/(embed|share|present)\//.test(new URL(page).pathname) })],
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
