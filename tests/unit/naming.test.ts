import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The explainer's own wording (data summaries and notes, glossary, alt text, editor's notes, the
 * epilogue, the lesson) gives both names where usage differs, as the article's words cannot be changed.
 * Source titles, publishers and addresses are quoted as published and are left out, and so are the
 * names themselves (a place's usages, a glossary entry's names and the phrases it marks).
 */
const root = resolve(import.meta.dirname, '../..');
const QUOTED = new Set(['title', 'publisher', 'url', 'copyAt', 'name', 'armenianUsage', 'azerbaijaniUsage', 'hy', 'az', 'mark']);

function strings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return QUOTED.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

const jsonTexts = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => strings(JSON.parse(readFileSync(join(root, dir, f), 'utf8'))).map((text) => ({ where: `${dir}/${f}`, text })));

// The article's sentences stay as supplied; everything else in a story file is the explainer's.
function storyTexts(locale: string) {
  const storyDir = join(root, 'src/content/story', locale);
  return readdirSync(storyDir).flatMap((f) => {
    const source = readFileSync(join(storyDir, f), 'utf8');
    const ownSection = /^label: epilogue$/m.test(source);
    return source.split(/\n  - id: /).flatMap((step) => {
      const fields = [...step.matchAll(/^ {4,}(- )?(alt|text): (?:>-\n)?([\s\S]*?)(?=\n {4,}(?:- )?[a-z]+:|\n---|(?![\s\S]))/gm)];
      const own = ownSection || /^ {4}added: true$/m.test(step);
      // Alt text and editor's notes ("- text:") are always the explainer's; a step's own text only when added.
      return fields
        .filter(([, note, field]) => note || field === 'alt' || own)
        .map(([, , , text]) => ({ where: `src/content/story/${locale}/${f}`, text: text!.replace(/\s+/g, ' ') }));
    });
  });
}
const glossaryTexts = (locale: string) =>
  strings(JSON.parse(readFileSync(join(root, `src/content/glossary/${locale}.json`), 'utf8'))).map((text) => ({ where: `src/content/glossary/${locale}.json`, text }));
const lessonTexts = (locale: string) =>
  strings(JSON.parse(readFileSync(join(root, `src/content/lesson/${locale}.json`), 'utf8'))).map((text) => ({ where: `src/content/lesson/${locale}.json`, text }));
const englishStory = storyTexts('en');
const texts = [...jsonTexts('src/data'), ...englishStory, ...glossaryTexts('en'), ...lessonTexts('en')];
// The Russian edition's own wording: its story, glossary, lesson and the records' translated words.
const russian = [...storyTexts('ru'), ...glossaryTexts('ru'), ...lessonTexts('ru'), ...jsonTexts('src/i18n/data/ru')];

describe("the explainer's own wording", () => {
  it.each([
    ['Stepanakert', 'Khankendi'],
    ['Shusha', 'Shushi'],
  ])('names %s / %s together', (a, b) => {
    const one = new RegExp(`\\b(${a}|${b})\\b(?! Declaration)`);
    const lonely = texts.filter(({ text }) => one.test(text) && !(text.includes(a) && text.includes(b)));
    expect(lonely.map(({ where, text }) => `${where}: ${text.slice(0, 120)}`)).toEqual([]);
  });

  it('has no first-person research notes or unconfirmed figures', () => {
    const notes = texts.filter(({ text }) => /\bI (believe|think|recall)\b|from memory|unconfirmed/i.test(text));
    expect(notes.map(({ where, text }) => `${where}: ${text.slice(0, 120)}`)).toEqual([]);
  });

  it('reads the story files (the check above has something to check)', () => {
    expect(englishStory.length).toBeGreaterThan(30);
    expect(englishStory.some(({ text }) => text.includes('Stepanakert / Khankendi'))).toBe(true);
  });

  // Russian declines the names ("Степанакерта / Ханкенди", "Шушу / Шуши"): any form of one must stand beside the other.
  it.each([
    ['Степанакерт', /(?<!\p{L})(Степанакерт|Ханкенди)/u, /Степанакерт[\s\S]*Ханкенди|Ханкенди[\s\S]*Степанакерт/u],
    ['Шуша', /(?<!\p{L})Шуш(а|и|у|е|ой)(?!\p{L})/u, /Шуш\p{L}* \/ Шуши(?!\p{L})/u],
  ])('in Russian, names %s with its other usage', (_, one, both) => {
    const lonely = russian.filter(({ text }) => one.test(text) && !both.test(text));
    expect(lonely.map(({ where, text }) => `${where}: ${text.slice(0, 120)}`)).toEqual([]);
    expect(russian.some(({ text }) => both.test(text))).toBe(true);
  });
});
