import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIN_BUILD_LOG } from '../support/site-build.ts';
import { BUILD_DIR } from '../support/site-pages.ts';

/**
 * What the site publishes, read from the suite's build, made as CI makes it (no SITE_URL; tests/support/site-build.ts):
 * - no page carries a localhost address (none anywhere in the build output);
 * - no page carries first-person research notes ("I believe", "from memory", "unconfirmed");
 * - every number the site itself puts on a page (outside the article's own sentences) is a number
 *   some sourced data record states, or is on the reviewed allow-list (published-numbers.allow.json).
 */
const out = BUILD_DIR;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}
const TEXT = /\.(html|json|js|mjs|css|csv|xml|txt|svg|webmanifest)$/;
const pages = () => files(out).filter((f) => f.endsWith('.html')).map((file) => ({ page: `/${relative(out, file).replace(/index\.html$/, '')}`, html: readFileSync(file, 'utf8') }));

// ---- Page text, as a reader gets it -------------------------------------------------------------

interface Allowed {
  numbers: { value: string; reason: string }[];
  elements: { selector: string; reason: string }[];
}
const allow = JSON.parse(readFileSync(join(import.meta.dirname, 'published-numbers.allow.json'), 'utf8')) as Allowed;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!);

/** "[data-text=article]", "[data-step-counter]", ".ex-tick" or "code": enough of CSS for the allow-list. */
function matches(selector: string, tag: string, attrs: string): boolean {
  const attr = /^\[([\w-]+)(?:="?([^"\]]*)"?)?\]$/.exec(selector);
  if (attr) return new RegExp(`(?:^|\\s)${attr[1]}(?:="${attr[2] ?? '[^"]*'}")?(?=[\\s/>]|$)`).test(attrs);
  if (selector.startsWith('.')) return new RegExp(`\\sclass="(?:[^"]*\\s)?${selector.slice(1)}(?:\\s[^"]*)?"`).test(attrs);
  return tag === selector;
}

/**
 * The text of a page in pieces: text nodes and the alt/title/aria-label a reader may be given, with
 * `own` false inside elements whose words are not the site's own figures (the article's sentences,
 * allow-listed furniture). Scripts and styles are not text.
 */
function textPieces(html: string, skip: string[]): { text: string; own: boolean }[] {
  const pieces: { text: string; own: boolean }[] = [];
  const stack: { tag: string; skipped: boolean }[] = [];
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '');
  for (const [, close, name, attrs, text] of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|([^<]+)/g)) {
    const inSkipped = stack.some((s) => s.skipped);
    if (text !== undefined) {
      pieces.push({ text: decode(text), own: !inSkipped });
      continue;
    }
    const tag = name!.toLowerCase();
    if (close) {
      const at = stack.map((s) => s.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    const skipped = skip.some((selector) => matches(selector, tag, attrs!));
    for (const [, value] of attrs!.matchAll(/\s(?:alt|title|aria-label)="([^"]*)"/g)) pieces.push({ text: decode(value!), own: !inSkipped && !skipped });
    if (!VOID.has(tag) && !attrs!.trimEnd().endsWith('/')) stack.push({ tag, skipped });
  }
  return pieces;
}

// ---- Numbers -----------------------------------------------------------------------------------

/** How a page's language writes numbers: English "125,200" and "89.2"; Russian "125 200" (a no-break space) and "89,2". */
const NUMBER_STYLES: Record<string, { pattern: RegExp; group: RegExp; decimal: string }> = {
  en: { pattern: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g, group: /,/g, decimal: '.' },
  ru: { pattern: /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g, group: /[ \u00a0\u202f]/g, decimal: ',' },
};
/** Numbers as written, as plain decimals: "1,926" and "1926" are one number; "89.2%" is 89.2; "13:00" is 13 and 0. */
const numbersIn = (text: string, lang = 'en') => {
  const style = NUMBER_STYLES[lang] ?? NUMBER_STYLES.en!;
  return [...text.matchAll(style.pattern)].map((m) => m[0].replace(style.group, '').replace(style.decimal, '.'));
};
/** The style a piece of a page's text is written in: its page's language, unless it is a quoted title in Latin letters (on a Russian page, Latin and no Cyrillic). */
const styleOf = (html: string, text: string) => {
  const lang = /<html lang="([a-z]+)/.exec(html)?.[1] ?? 'en';
  return lang === 'ru' && /[a-z]/i.test(text) && !/[\u0400-\u04ff]/.test(text) ? 'en' : lang;
};

/** Every number the sourced records state, in any field but a source's address (dates give year, month and day). */
function recordNumbers(): number[] {
  const found: number[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'number') found.push(value);
    else if (typeof value === 'string' && key !== 'url') found.push(...numbersIn(value).map(Number));
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  const dataDir = 'src/data';
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'glossary.json')) walk(JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
  return found;
}

/** A number as written matches a stated one exactly, or rounded as written ("10.1" for 10.06, "about 100,500" for 100,520). */
function statedBy(written: string, stated: number[]): boolean {
  const decimals = written.split('.')[1]?.length ?? 0;
  const value = Number(written);
  const zeros = decimals === 0 ? (/0+$/.exec(written)?.[0].length ?? 0) : 0;
  return stated.some((n) => {
    if (decimals > 0) return n.toFixed(decimals) === written;
    if (Math.round(n) === value) return true;
    return zeros >= 2 && Math.round(n / 10 ** zeros) * 10 ** zeros === value;
  });
}

describe('the published site (built without SITE_URL)', () => {
  it('warns that SITE_URL is unset, and contains no localhost address anywhere', () => {
    expect(existsSync(MAIN_BUILD_LOG), `${MAIN_BUILD_LOG}: no log of the build (run once without SKIP_BUILD)`).toBe(true);
    expect(readFileSync(MAIN_BUILD_LOG, 'utf8')).toContain('SITE_URL is not set');
    const built = files(out).filter((f) => TEXT.test(f));
    expect(built.length).toBeGreaterThan(10);
    expect(built.filter((f) => readFileSync(f, 'utf8').includes('localhost')).map((f) => relative(out, f))).toEqual([]);
    // Canonical links need an address the build did not have: left out rather than guessed.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('rel="canonical"');
  });

  it('inlines no script that would swallow the rest of its page ("<!--" in an inline script)', () => {
    const swallowing = pages().filter(({ html }) => [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].some((m) => m[1]!.includes('<!--')));
    expect(swallowing.map((p) => p.page)).toEqual([]);
  });

  it('has no first-person research notes on any page or published file', () => {
    const research = /\bI (?:[a-z]+ed|believe|think|recall|kept|took|saw|found|read)\b|\b(?:from memory|unconfirmed)\b/gi;
    const inPages = pages().flatMap(({ page, html }) => textPieces(html, []).flatMap(({ text }) => [...text.matchAll(research)].map((m) => `${page}: “${m[0]}”`)));
    const inFiles = files(out)
      .filter((f) => /\.(md|txt|csv|json)$/.test(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(research)].map((m) => `/${relative(out, f)}: “${m[0]}”`));
    expect([...inPages, ...inFiles]).toEqual([]);
  });

  it('puts on its pages only numbers that sourced records state, or reviewed furniture', () => {
    const stated = [...recordNumbers(), ...allow.numbers.map((n) => Number(n.value))];
    const skip = ['[data-text=article]', ...allow.elements.map((e) => e.selector)];
    const all = pages();
    // The article's own numbers may be quoted (the lesson does): they are the article's, not the site's.
    const article = all.flatMap(({ html }) => textPieces(html, []).filter((p) => p.text).map((p) => p.text));
    const articleNumbers = new Set(
      all.flatMap(({ html }) => [...html.matchAll(/data-text="article"[^>]*>([\s\S]*?)<\/div>/g)].flatMap((m) => numbersIn(m[1]!.replace(/<[^>]+>/g, ''), styleOf(html, m[1]!)))),
    );
    expect(article.length).toBeGreaterThan(0);
    expect(articleNumbers.has('85')).toBe(true);
    const unsourced = new Set<string>();
    for (const { page, html } of all) {
      for (const { text, own } of textPieces(html, skip)) {
        if (!own) continue;
        for (const n of numbersIn(text, styleOf(html, text))) {
          if (!articleNumbers.has(n) && !statedBy(n, stated)) unsourced.add(`${page}: ${n} in “${text.trim().slice(0, 80)}”`);
        }
      }
    }
    expect([...unsourced]).toEqual([]);
  });
});
