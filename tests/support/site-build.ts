import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { BUILD_DIR } from './site-pages.ts';

const run = promisify(execFile);

/** The site as a newsroom hosting its own copy under a sub-path builds it (SITE_BASE, SITE_URL): tests/e2e/embed-subpath.test.ts. */
export const SUBPATH_BUILD = { base: '/graphics/karabakh-2023/', site: 'https://news.example.org', dir: resolve('tests/.tmp/subpath/dist') };

/** The main build's output, for the checks of what the build says (tests/site/published-pages.test.ts). */
export const MAIN_BUILD_LOG = resolve('tests/.tmp/build.log');

async function astroBuild(env: Record<string, string>, log?: string) {
  // Vite's own variables (BASE_URL, MODE, ...) would override Astro's config if they leaked in.
  const { BASE_URL, MODE, DEV, PROD, SSR, SITE_URL, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (log) {
      mkdirSync(dirname(log), { recursive: true });
      writeFileSync(log, stdout + stderr);
    }
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build (${JSON.stringify(env)}) failed:\n${stdout}${stderr}`);
  }
}

/**
 * Builds the site once for the whole run, as `npm run build` does (its prebuild step first; not its
 * precompression, which tests/unit/compress.test.ts covers and no page needs), and the sub-path build
 * beside it: two processes, so both cores work. SKIP_BUILD=1 reuses dist/ (and the sub-path build if
 * there is one). Every project's global setup calls this; they share one promise.
 */
export function buildSitesOnce(): Promise<void> {
  const shared = globalThis as { siteBuilds?: Promise<void> };
  shared.siteBuilds ??= (async () => {
    const skip = Boolean(process.env.SKIP_BUILD);
    const started = Date.now();
    if (!skip) await run('npm', ['run', '--silent', 'prebuild']); // generated geodata and fonts
    await Promise.all([
      // As CI builds it: no SITE_URL, so pages complete their addresses in the browser.
      skip ? undefined : astroBuild({ ASTRO_OUT_DIR: BUILD_DIR }, MAIN_BUILD_LOG),
      skip && existsSync(SUBPATH_BUILD.dir)
        ? undefined
        : astroBuild({ SITE_BASE: SUBPATH_BUILD.base, SITE_URL: SUBPATH_BUILD.site, ASTRO_OUT_DIR: SUBPATH_BUILD.dir, ASTRO_CACHE_DIR: join(SUBPATH_BUILD.dir, '../cache') }),
    ]);
    console.log(`site builds ready in ${((Date.now() - started) / 1000).toFixed(0)} s${skip ? ' (SKIP_BUILD: dist/ reused)' : ''}`);
  })();
  return shared.siteBuilds;
}
