// @ts-check
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
  build: { inlineStylesheets: 'never' },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
