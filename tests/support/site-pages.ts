import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The folder the e2e global setup builds into and serves (tests/support/global-setup.ts). */
export const BUILD_DIR = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

export interface BuiltPage {
  /** The HTML file in the build output. */
  file: string;
  /** Its URL path on the served site: `/`, `/embed/`, `/embed/timeline/`, `/404.html`. */
  path: string;
}

/** A page that only sends the reader on (a meta refresh, as /share/<step>/ pages do). */
export const isForwardingPage = (page: BuiltPage) => /<meta http-equiv="refresh"/.test(readFileSync(page.file, 'utf8'));

/**
 * Every HTML page of the built site, found by walking the build output (never a hard-coded list,
 * so a page added by anyone is checked too). Sorted by path, the story first. Pages that only forward
 * the reader elsewhere are left out unless asked for: in a browser they become the page they lead to,
 * which is walked itself (tests/e2e/newsroom.test.ts checks them).
 */
export function builtPages(dir = BUILD_DIR, { forwarding = false } = {}): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push({ file: full, path: pagePath(relative(dir, full)) });
    }
  };
  walk(dir);
  return pages.filter((page) => forwarding || !isForwardingPage(page)).sort((a, b) => a.path.localeCompare(b.path));
}

function pagePath(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The file a site-internal URL path is served from, as a static host serves it (directory ->
 * index.html), or undefined when there is none.
 */
export function fileForPath(path: string, dir = BUILD_DIR): string | undefined {
  const file = join(dir, decodeURIComponent(path));
  if (!file.startsWith(dir)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}
