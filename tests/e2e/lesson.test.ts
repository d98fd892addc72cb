import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, isolatedContext, launchBrowser, pageStarted } from '../support/browser.ts';
import { editions } from '../support/editions.ts';

const origin = inject('origin');
let browser: Browser;
type StoryPage = { sections: { slug: string; title: string }[]; text: string; visuals: string[]; steps: string[] };
/** Each edition's story as its page shows it, by the edition's home ("/", "/ru/"). */
const stories = new Map<string, StoryPage>();

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage({ javaScriptEnabled: false });
  for (const { home } of editions) {
    await page.goto(`${origin}${home}`);
    stories.set(home, {
      sections: await page.locator('section.chapter').evaluateAll((els) => els.map((el) => ({ slug: el.id, title: el.querySelector('h2')!.textContent!.trim() }))),
      text: squash(await page.locator('.story__steps').innerText()),
      visuals: await page.locator('figure[data-viz]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.viz!)),
      steps: await page.locator('[data-step]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.step!)),
    });
  }
  await page.close();
});
afterAll(() => browser?.close());

describe('the lesson page', () => {
  it('says who it is for, how long it takes and what students learn, then gives key terms', async () => {
    const { context, foreignRequests } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${origin}/lesson/`);
    expect(await page.locator('h1').count()).toBe(1);
    // The contents list every part of the page, in order.
    const parts = await page.locator('main h2').evaluateAll((els) => els.map((el) => [`#${el.id}`, el.textContent!.trim()]));
    expect(parts.length).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.doc-toc a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent!.trim()]))).toEqual(parts);
    const glance = squash(await page.locator('.fact-list').first().innerText());
    expect(glance).toMatch(/Who it is for \S/);
    expect(glance).toMatch(/Time needed .*\d+ minutes/);
    expect(await page.locator('section:has(> #objectives) ol > li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('section:has(> #key-terms) .glossary__entry').count()).toBeGreaterThan(10);
    // Every in-page link in the contents lands on a heading.
    for (const href of await page.locator('.doc-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(await page.locator(href).count(), href).toBe(1);
    }
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  for (const { locale, home, t } of editions) {
    it(`(${locale}) says its language, links its other editions, and has discussion questions for every section of the story, each linked to its section and with a model answer`, async () => {
      const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
      const page = await context.newPage();
      for (const path of [`${home}lesson/`, `${home}lesson/teacher/`]) {
        await page.goto(`${origin}${path}`);
        expect(await page.getAttribute('html', 'lang'), path).toBe(locale);
        const alternates = await page.locator('link[rel="alternate"][hreflang]:not([hreflang="x-default"])').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
        expect(alternates, path).toEqual(editions.map((e) => [e.locale, `${e.home}${path.slice(home.length)}`]));
      }
      await page.goto(`${origin}${home}lesson/`);
      const sets = await page.locator('section.discussion').evaluateAll((els) =>
        els.map((el) => ({ title: el.querySelector('h3')!.firstChild!.textContent!.trim(), link: el.querySelector('a')!.getAttribute('href'), questions: el.querySelectorAll('.questions > li').length, answers: el.querySelectorAll('.questions > li > .model-answer').length })),
      );
      const sections = stories.get(home)!.sections;
      expect(sections.length).toBeGreaterThanOrEqual(6);
      expect(sets.map((s) => s.title)).toEqual(sections.map((s) => s.title));
      sets.forEach((set, i) => {
        expect(set.link).toBe(`${home}#${sections[i]!.slug}`);
        expect(set.questions, set.title).toBeGreaterThanOrEqual(2);
        expect(set.answers, set.title).toBe(set.questions);
      });
      // Links to the edition's own pages; the model answers in its language.
      expect(await page.locator('a[href$="present/"]').first().getAttribute('href')).toBe(`${home}present/`);
      expect(squash(await page.locator('main').innerText())).toContain(t.lesson.goodAnswer);
      await context.close();
    });

    it(`(${locale}) builds the source-evaluation activity from the article’s own sentences in its language, with an answer for each`, async () => {
      const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
      const page = await context.newPage();
      await page.goto(`${origin}${home}lesson/`);
      const quotes = (await page.locator('.source-evaluation blockquote').allInnerTexts()).map(squash);
      expect(quotes.length).toBeGreaterThanOrEqual(8);
      for (const quote of quotes) expect(stories.get(home)!.text, quote).toContain(quote);
      const answers = await page.locator('#source-evaluation-key ~ ol > li strong').allTextContents();
      expect(answers).toHaveLength(quotes.length);
      const kinds = Object.values(t.lesson.statements.kinds).map((k) => `${k.code}: ${k.name}.`);
      for (const answer of answers) expect(kinds).toContain(answer);
      expect(new Set(answers).size).toBe(kinds.length);
      await context.close();
    });
  }

  it('gives the timeline worksheet out of order and the answer key in date order, with sources', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${origin}/lesson/`);
    const cards = await page.locator('.timeline-cards tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent!, r.querySelector('td')!.textContent!]));
    const key = await page.locator('#timeline-key ~ table tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({ date: (r as HTMLElement).dataset.date!, letter: r.querySelector('th')!.textContent!, title: r.querySelector('strong')!.textContent!, sources: r.querySelectorAll('.sources a').length })),
    );
    expect(cards.length).toBeGreaterThanOrEqual(6);
    expect(key).toHaveLength(cards.length);
    const dates = key.map((k) => k.date);
    expect(dates).toEqual([...dates].sort());
    expect(cards.map(([letter]) => letter)).not.toEqual(key.map((k) => k.letter));
    for (const k of key) {
      expect(cards).toContainEqual([k.letter, k.title.replace(/\.$/, '')]);
      expect(k.sources, k.title).toBeGreaterThan(0);
    }
    await context.close();
  });

  for (const { locale, home } of editions)
  it(`(${locale}) gives an iframe snippet for the story and for each graphic, pointing at pages of its edition that exist`, async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${origin}${home}lesson/`);
    // Built without SITE_URL, the page completes the snippets' addresses once it has painted, then hides the hint.
    await expect.poll(() => page.locator('[data-needs-origin]').isVisible(), { timeout: 10_000 }).toBe(false);
    const snippets = (await page.locator('pre.snippet').allTextContents()).join('\n');
    const frames = [...snippets.matchAll(/<iframe src="([^"]+)" title="([^"]+)"/g)].map((m) => ({ src: new URL(m[1]!.replace(/&amp;/g, '&')), title: m[2]! }));
    expect(frames.map((f) => f.src.pathname)).toContain(`${home}embed/`);
    expect(snippets).toContain('embed.js');
    for (const viz of new Set(stories.get(home)!.visuals)) {
      const frame = frames.find((f) => f.src.pathname === `${home}embed/${viz}/`);
      expect(frame, viz).toBeDefined();
      expect(frame!.src.searchParams.get('step'), viz).toMatch(/^[a-z]/);
    }
    for (const frame of frames) {
      expect((await context.request.get(`${origin}${frame.src.pathname}${frame.src.search}`)).status(), frame.src.pathname).toBe(200);
    }
    // Every step link for printing one graphic opens its single-graphic page at that step.
    const stepLinks = await page.locator('.step-links a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(stepLinks.length).toBeGreaterThanOrEqual(stories.get(home)!.sections.length);
    for (const link of stepLinks) expect(new URL(link).pathname.startsWith(`${home}embed/`), link).toBe(true);
    const sample = stepLinks.at(-1)!;
    await page.goto(sample);
    await expect.poll(() => page.getAttribute('figure[data-viz]', 'data-viz-step'), { timeout: 15_000 }).toBe(new URL(sample).searchParams.get('step'));
    await context.close();
  });

  it('gives a map activity on the story’s own maps, numbered for students and named in the key', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${origin}/lesson/`);
    const activity = page.locator('section:has(> #map-activity)');
    const maps = await activity.locator('.map-print').evaluateAll((figures) =>
      figures.map((f) => ({ inKey: !!f.closest('.answer-key'), layers: [...f.querySelectorAll('[data-key^="layer:"]')].map((m) => m.getAttribute('data-key')!.split(':')[1]) })),
    );
    const studentMaps = maps.filter((m) => !m.inKey);
    expect(studentMaps.length).toBeGreaterThanOrEqual(2);
    expect(new Set(studentMaps.flatMap((m) => m.layers))).toEqual(new Set(['nkao-1991', 'armenian-held-1994-2020', 'districts', 'line-of-contact-1994-2020', 'armenian-held-2020-2023', 'lachin-corridor']));
    // The numbers on the students' map are the rows of the blank table and of the key, which names each place.
    const numbers = await activity.locator('.map-print:not(.answer-key .map-print) [data-key^="label:"]:not([data-key$=":dot"])').evaluateAll((labels) =>
      labels.map((l) => l.textContent!).filter((t) => /^\d+$/.test(t)),
    );
    expect(numbers.length).toBeGreaterThanOrEqual(4);
    expect(await activity.locator('.map-labels tbody th').allTextContents()).toEqual(numbers);
    const key = await activity.locator('.map-key tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent, r.querySelector('td')!.textContent]));
    expect(key.map(([n]) => n)).toEqual(numbers);
    expect(key.map(([, name]) => name)).toContain('Stepanakert / Khankendi');
    expect(await activity.locator('.map-questions > li').count()).toBe(await activity.locator('.map-answers > li').count());
    await context.close();
  });

  it('gives a source-evaluation exercise with one key entry per card', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${origin}/lesson/`);
    const cards = await page.locator('.source-card').evaluateAll((els) => els.map((el) => ({ n: (el as HTMLElement).dataset.card, step: el.querySelector<HTMLAnchorElement>('a[href*="#"]')!.hash })));
    expect(cards.length).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.source-check-key > li').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.card))).toEqual(cards.map((c) => c.n));
    // Every card points at a step of the story, where the other sources are.
    for (const { step } of cards) expect(stories.get('/')!.steps).toContain(step.slice(1));
    await context.close();
  });

  it('prints the students’ handout from /lesson/ and the teacher’s copy from /lesson/teacher/', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    const printed = async (path: string) => {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${origin}${path}`);
      await pageStarted(page);
      const screen = squash(await page.locator('main').innerText());
      await page.emulateMedia({ media: 'print' });
      const shown = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
      return {
        screen,
        text: squash(await page.locator('body').innerText()),
        modelAnswers: await shown('.model-answer'),
        successCriteria: await shown('.success-criteria'),
        keys: await shown('.answer-key'),
        sequence: await shown('section:has(> #sequence)'),
        contentNote: await shown('section:has(> #before-you-start)'),
        maps: await shown('.map-print svg'),
        keyBreaks: await page.locator('.answer-key').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore)),
      };
    };
    const student = await printed('/lesson/');
    const teacher = await printed('/lesson/teacher/');

    // On screen, the teacher sees everything in both editions.
    expect(student.screen).toBe(teacher.screen);
    for (const edition of [student, teacher]) expect(edition.screen).toContain('A good answer includes');

    // On paper, the students' handout has the questions and activities without the answers.
    expect([student.modelAnswers, student.successCriteria, student.keys, student.sequence, student.contentNote]).toEqual([0, 0, 0, 0, 0]);
    expect(student.text).toContain('Students’ handout');
    expect(student.text).not.toContain('A good answer includes');
    expect(student.text).not.toMatch(/Answer key/);
    expect(teacher.modelAnswers).toBeGreaterThanOrEqual(18);
    expect(teacher.successCriteria).toBeGreaterThanOrEqual(3);
    expect(teacher.keys).toBe(4);
    expect(teacher.sequence + teacher.contentNote).toBe(2);
    expect(teacher.text).toContain('Teacher’s copy');
    expect(teacher.keyBreaks).toEqual(['page', 'page', 'page', 'page']);

    // Both give the students the same questions, items and maps.
    const questions = await page.locator('.questions > li > .question, .source-evaluation blockquote, .source-card__said, .map-questions > li').allInnerTexts();
    expect(questions.length).toBeGreaterThan(30);
    for (const q of questions) {
      expect(student.text, q).toContain(squash(q));
      expect(teacher.text, q).toContain(squash(q));
    }
    expect(student.maps).toBeGreaterThanOrEqual(2);
    expect(teacher.maps).toBeGreaterThan(student.maps);
    await context.close();
  });
});
