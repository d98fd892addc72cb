import { readFileSync } from 'node:fs';
import { HtmlValidate, Parser, StaticConfigLoader, formatterFactory, type ConfigData, type HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, fileForPath, type BuiltPage } from '../support/site-pages.ts';

/**
 * Checks every page of the built site (built once for the run: tests/support/site-build.ts) as a static file:
 * valid HTML, and every link, script, stylesheet and fragment inside the site resolves.
 */

// html-validate's "standard" preset checks validity (content models, attributes, ids), not style.
const CONFIG: ConfigData = { extends: ['html-validate:standard'] };
const ORIGIN = 'http://site.invalid';

let pages: BuiltPage[];
let parser: Parser;
beforeAll(async () => {
  pages = builtPages(undefined, { forwarding: true });
  parser = new Parser(await new StaticConfigLoader(CONFIG).getConfigFor('page.html'));
});

const dom = new Map<string, HtmlElement>();
function parse(file: string): HtmlElement {
  let root = dom.get(file);
  if (!root) dom.set(file, (root = parser.parseHtml(readFileSync(file, 'utf8'))));
  return root;
}

describe('the built pages', () => {
  it('are found by walking the build output, the story among them', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.map((p) => p.path)).toContain('/');
  });

  it('are valid HTML', async () => {
    const validator = new HtmlValidate(CONFIG);
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      if (!report.valid) failures.push(formatterFactory('text')(report.results));
    }
    expect(failures.join('\n')).toBe('');
  });

  it('link only to pages, files and fragments that exist in the site', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const base = new URL(page.path, ORIGIN);
      for (const { element, url } of references(parse(page.file))) {
        const target = new URL(url, base);
        if (target.origin !== ORIGIN) continue; // other sites: not requests, and not ours to check
        const file = fileForPath(target.pathname);
        const problem = !file
          ? 'no such file'
          : target.hash && file.endsWith('.html') && !hasId(parse(file), decodeURIComponent(target.hash.slice(1)))
            ? `no element with id "${target.hash.slice(1)}"`
            : undefined;
        if (problem) broken.push(`${page.path}: <${element}> ${url} (${problem})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data', 'xlink:href'];

/** Every URL the page refers to, from elements' URL attributes and srcset lists. */
function references(root: HtmlElement): { element: string; url: string }[] {
  const found: { element: string; url: string }[] = [];
  for (const attr of URL_ATTRIBUTES) {
    const selector = `[${attr.replace(':', '\\:')}]`;
    for (const el of root.querySelectorAll(selector)) {
      // <object data> is a URL; data-* attributes are not matched by [data].
      const value = el.getAttributeValue(attr);
      if (value && !/^(data|blob|mailto|tel|javascript):/i.test(value)) found.push({ element: el.tagName, url: decodeEntities(value) });
    }
  }
  for (const el of root.querySelectorAll('[srcset]')) {
    for (const candidate of (el.getAttributeValue('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.push({ element: el.tagName, url: decodeEntities(url) });
    }
  }
  return found;
}

function hasId(root: HtmlElement, id: string): boolean {
  return root.querySelectorAll('[id]').some((el) => el.getAttributeValue('id') === id);
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[name]!);
}
