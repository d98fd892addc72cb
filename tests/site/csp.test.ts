import { readFileSync } from 'node:fs';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../support/site-pages.ts';

/**
 * The Content-Security-Policy every built page carries in a <meta> (astro.config.mjs security.csp).
 * Whether the browser actually runs each page under it without a violation is checked in
 * quality-pages.test.ts, which loads every page.
 */

let pages: BuiltPage[];
let parser: Parser;
beforeAll(async () => {
  pages = builtPages();
  parser = new Parser(await new StaticConfigLoader({ extends: ['html-validate:standard'] }).getConfigFor('page.html'));
});

/** The page's policy as directive -> sources, and the <head> children in order. */
function policyOf(page: BuiltPage) {
  const root = parser.parseHtml(readFileSync(page.file, 'utf8'));
  const metas = root.querySelectorAll('meta').filter((m) => m.getAttributeValue('http-equiv')?.toLowerCase() === 'content-security-policy');
  const head = root.querySelector('head')!;
  const directives = new Map<string, string[]>();
  for (const part of (metas[0]?.getAttributeValue('content') ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return { metas, head, directives };
}

/** The sources that govern `directive`, following CSP's fallback to default-src. */
function sourcesFor(directives: Map<string, string[]>, directive: string, fallbacks: string[]): string[] | undefined {
  for (const name of [directive, ...fallbacks, 'default-src']) if (directives.has(name)) return directives.get(name);
  return undefined;
}

/** Scripts and styles, and links that fetch them: what the policy's hashes and sources must govern. */
const loadsCodeOrStyle = (el: HtmlElement) =>
  (el.tagName === 'script' && el.getAttributeValue('type') !== 'application/json') ||
  el.tagName === 'style' ||
  (el.tagName === 'link' && /stylesheet|modulepreload/.test(el.getAttributeValue('rel') ?? '')) ||
  (el.tagName === 'link' && /preload/.test(el.getAttributeValue('rel') ?? '') && /script|style/.test(el.getAttributeValue('as') ?? ''));

describe('the Content-Security-Policy of every built page', () => {
  it('is present exactly once, before any script or style', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const { metas, head } = policyOf(page);
      expect(metas, page.path).toHaveLength(1);
      const children = head.childElements;
      const first = children.findIndex(loadsCodeOrStyle);
      expect(metas[0]!.parent, page.path).toBe(head);
      if (first >= 0) expect(children.indexOf(metas[0]!), page.path).toBeLessThan(first);
    }
  });

  it('runs only the site’s own scripts and hashed inline ones: no unsafe-inline, no eval', () => {
    for (const page of pages) {
      const { directives } = policyOf(page);
      for (const directive of ['script-src', 'script-src-elem']) {
        const sources = directives.get(directive);
        if (!sources) continue;
        expect(sources, `${page.path} ${directive}`).not.toContain("'unsafe-inline'");
        expect(sources, `${page.path} ${directive}`).not.toContain("'unsafe-eval'");
        expect(sources, `${page.path} ${directive}`).not.toContain('*');
      }
      expect(sourcesFor(directives, 'script-src', []), page.path).toContain("'self'");
      expect(directives.get('script-src-attr') ?? [], page.path).not.toContain("'unsafe-inline'");
    }
  });

  it('loads everything from the site itself, lets MapLibre start its worker and draw data: and blob: images', () => {
    for (const page of pages) {
      const { directives } = policyOf(page);
      expect(directives.get('default-src'), page.path).toEqual(["'self'"]);
      expect(sourcesFor(directives, 'worker-src', ['child-src', 'script-src']), page.path).toContain("'self'");
      expect(sourcesFor(directives, 'img-src', []), page.path).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:']));
      expect(directives.get('object-src'), page.path).toEqual(["'none'"]);
    }
  });

  it('does not stop newsrooms from framing the pages', () => {
    for (const page of pages) {
      const { directives, head } = policyOf(page);
      expect(directives.has('frame-ancestors'), page.path).toBe(false);
      expect(head.querySelectorAll('meta').some((m) => m.getAttributeValue('http-equiv')?.toLowerCase() === 'x-frame-options'), page.path).toBe(false);
    }
  });
});
