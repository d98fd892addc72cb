import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, isolatedContext, launchBrowser } from '../support/browser.ts';

const origin = inject('origin');
let browser: Browser;
let story: { sections: { slug: string; title: string }[]; text: string; visuals: string[] };

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${origin}/`);
  story = {
    sections: await page.locator('section.chapter').evaluateAll((els) => els.map((el) => ({ slug: el.id, title: el.querySelector('h2')!.textContent!.trim() }))),
    text: squash(await page.locator('.story__steps').innerText()),
    visuals: await page.locator('figure[data-viz]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.viz!)),
  };
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

  it('has discussion questions for every section of the story, each linked to its section', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${origin}/lesson/`);
    const sets = await page.locator('section.discussion').evaluateAll((els) =>
      els.map((el) => ({ title: el.querySelector('h3')!.firstChild!.textContent!.trim(), link: el.querySelector('a')!.getAttribute('href'), questions: el.querySelectorAll('li').length })),
    );
    expect(story.sections.length).toBeGreaterThanOrEqual(6);
    expect(sets.map((s) => s.title)).toEqual(story.sections.map((s) => s.title));
    sets.forEach((set, i) => {
      expect(set.link).toBe(`/#${story.sections[i]!.slug}`);
      expect(set.questions, set.title).toBeGreaterThanOrEqual(2);
    });
    await context.close();
  });

  it('builds the source-evaluation activity from the article’s own sentences, with an answer for each', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${origin}/lesson/`);
    const quotes = (await page.locator('.source-evaluation blockquote').allInnerTexts()).map(squash);
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    for (const quote of quotes) expect(story.text, quote).toContain(quote);
    const answers = await page.locator('#source-evaluation-key ~ ol > li strong').allTextContents();
    expect(answers).toHaveLength(quotes.length);
    const kinds = ['F: Reported fact.', 'C: Claim attributed to a party.', 'A: The article’s analysis.', 'R: Recommendation.'];
    for (const answer of answers) expect(kinds).toContain(answer);
    expect(new Set(answers).size).toBe(kinds.length);
    await context.close();
  });

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

  it('gives an iframe snippet for the story and for each graphic, pointing at pages that exist', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${origin}/lesson/`);
    const snippets = (await page.locator('pre.snippet').allTextContents()).join('\n');
    const frames = [...snippets.matchAll(/<iframe src="([^"]+)" title="([^"]+)"/g)].map((m) => ({ src: new URL(m[1]!.replace(/&amp;/g, '&')), title: m[2]! }));
    expect(frames.map((f) => f.src.pathname)).toContain('/embed/');
    expect(snippets).toContain('embed.js');
    for (const viz of new Set(story.visuals)) {
      const frame = frames.find((f) => f.src.pathname === `/embed/${viz}/`);
      expect(frame, viz).toBeDefined();
      expect(frame!.src.searchParams.get('step'), viz).toMatch(/^[a-z]/);
    }
    for (const frame of frames) {
      expect((await context.request.get(`${origin}${frame.src.pathname}${frame.src.search}`)).status(), frame.src.pathname).toBe(200);
    }
    // Every step link for printing one graphic opens its single-graphic page at that step.
    const stepLinks = await page.locator('.step-links a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(stepLinks.length).toBeGreaterThanOrEqual(story.sections.length);
    const sample = stepLinks.at(-1)!;
    await page.goto(sample);
    await expect.poll(() => page.getAttribute('figure[data-viz]', 'data-viz-step'), { timeout: 15_000 }).toBe(new URL(sample).searchParams.get('step'));
    await context.close();
  });
});
