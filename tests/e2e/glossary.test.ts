import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import glossary from '../../src/content/glossary/en.json';
import { DESKTOP, PHONE, openPage } from '../support/browser.ts';
import { useBrowser } from '../support/use-browser.ts';

const origin = inject('origin');
const browser = useBrowser();

/** What a screen reader gets for an element: Chromium's accessibility tree, read over CDP. */
async function accessibleNode(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes[0]!;
  await cdp.detach();
  return {
    role: node.role?.value as string | undefined,
    name: node.name?.value as string | undefined,
    description: node.description?.value as string | undefined,
    expanded: node.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined,
  };
}

const activeClass = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement).className);

describe('glossary terms in the story, for keyboard and screen-reader users', () => {
  it('can be reached with Tab, are announced with their definition, and open, stay open and close from the keyboard', async () => {
    const { context, page, foreignRequests } = await openPage(browser(), `${origin}/`, { viewport: DESKTOP });
    await page.waitForSelector('.term__button');
    for (let i = 0; i < 60 && (await activeClass(page)) !== 'term__button'; i++) await page.keyboard.press('Tab');
    expect(await activeClass(page)).toBe('term__button');

    const id = await page.evaluate(() => document.activeElement!.closest<HTMLElement>('.term')!.dataset.term!);
    const button = `[data-term="${id}"] .term__button`;
    const definition = page.locator(`#term-def-${id}`);
    const node = await accessibleNode(page, button);
    expect(node.role).toBe('button');
    expect(node.name).toBe(await page.locator(button).textContent());
    expect(node.expanded).toBe(false);
    // The definition is the button's description, so it is read out as soon as the term has focus.
    const definitionText = (await definition.textContent())!.replace(/\s+/g, ' ').trim();
    expect(definitionText.length).toBeGreaterThan(60);
    expect(node.description?.replace(/\s+/g, ' ')).toBe(definitionText);
    // Keyboard focus alone shows it on screen too.
    expect(await definition.isVisible()).toBe(true);
    // Tab moves on past a definition that is only shown, never losing focus inside it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate((def) => !document.getElementById(def)!.contains(document.activeElement) && document.activeElement !== document.body, `term-def-${id}`)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await activeClass(page)).toBe('term__button');

    await page.keyboard.press('Enter');
    expect((await accessibleNode(page, button)).expanded).toBe(true);
    // Open, its link to the full entry is the next Tab stop, and the definition stays open.
    await page.keyboard.press('Tab');
    expect(await activeClass(page)).toBe('term__more');
    expect(await definition.isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    expect(await activeClass(page)).toBe('term__button');
    expect((await accessibleNode(page, button)).expanded).toBe(false);
    expect(await definition.isVisible()).toBe(false);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('opens with a click and closes with a second click, not by hovering', async () => {
    const { context, page } = await openPage(browser(), `${origin}/`, { viewport: DESKTOP });
    const term = page.locator('.term').first();
    const definition = term.locator('.term__def');
    await term.locator('.term__button').hover();
    expect(await definition.isVisible()).toBe(false);
    await term.locator('.term__button').click();
    expect(await definition.isVisible()).toBe(true);
    expect(await term.locator('.term__button').getAttribute('aria-expanded')).toBe('true');
    await term.locator('.term__button').click();
    expect(await definition.isVisible()).toBe(false);
    await context.close();
  });

  it('opens with a tap on a phone, one at a time, and a tap elsewhere closes it', async () => {
    const { context, page } = await openPage(browser(), `${origin}/`, { viewport: PHONE, hasTouch: true, isMobile: true });
    const terms = page.locator('.term');
    await terms.nth(0).locator('.term__button').tap();
    expect(await terms.nth(0).locator('.term__def').isVisible()).toBe(true);
    await terms.nth(3).locator('.term__button').tap();
    expect(await terms.nth(3).locator('.term__def').isVisible()).toBe(true);
    expect(await terms.nth(0).locator('.term__def').isVisible()).toBe(false);
    await page.locator('h1').tap();
    expect(await terms.nth(3).locator('.term__def').isVisible()).toBe(false);
    await context.close();
  });

  it('marks each term once on the page, and works in the embedded story inside a frame', async () => {
    const { context, page, foreignRequests } = await openPage(browser(), `${origin}/`, { viewport: DESKTOP });
    const ids = await page.locator('.term').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.term));
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);

    await page.setContent(`<iframe src="${origin}/embed/" title="Story" width="800" height="700"></iframe>`);
    const frame = page.frameLocator('iframe');
    const term = frame.locator('.term').first();
    await term.locator('.term__button').click();
    expect(await term.locator('.term__def').isVisible()).toBe(true);
    // Inside a host's frame, the glossary opens in a new tab rather than replacing the embed.
    expect(await term.locator('.term__more').getAttribute('target')).toBe('_blank');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('glossary terms without JavaScript', () => {
  it('link to their entry on the glossary page, where each side’s names are given', async () => {
    const { context, page, foreignRequests } = await openPage(browser(), `${origin}/`, { viewport: DESKTOP, javaScriptEnabled: false });
    const links = await page.locator('a.term__ref').evaluateAll((els) =>
      els.map((a) => ({ href: (a as HTMLAnchorElement).href, describedBy: a.getAttribute('aria-describedby'), term: a.closest<HTMLElement>('.term')!.dataset.term })),
    );
    expect(links.length).toBeGreaterThan(5);
    expect(await page.locator('.term__def').first().isVisible()).toBe(false);
    const node = await accessibleNode(page, 'a.term__ref');
    expect(node.description!.length).toBeGreaterThan(60);

    await page.goto(links[0]!.href);
    expect(new URL(page.url()).pathname).toBe('/glossary/');
    for (const link of links) {
      const entry = page.locator(`#term-${link.term}`);
      expect(await entry.count(), link.term).toBe(1);
      expect(link.href).toBe(`${origin}/glossary/#term-${link.term}`);
      expect(link.describedBy).toBe(`term-def-${link.term}`);
    }
    // Where the sides use different names, the entry gives each name and who uses it.
    const withNames = glossary.filter((entry) => entry.names.length > 1);
    expect(withNames.length).toBeGreaterThan(0);
    for (const entry of withNames) {
      const text = (await page.locator(`#term-${entry.id}`).innerText()).replace(/\s+/g, ' ');
      for (const { name, usedBy } of entry.names) {
        expect(text, entry.id).toContain(name);
        expect(text, entry.id).toContain(usedBy.replace(/\s+/g, ' '));
      }
    }
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
