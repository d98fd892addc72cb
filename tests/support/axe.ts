import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { isolatedContext, openStep, pageStarted, stageSteps } from './browser.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The rules whose outcome depends on colours alone: what a change of theme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

export interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * A context for axe: the site's CSP (checked in tests/site/csp.test.ts) would block the injected
 * script, and reduced motion shows each step's state at once, as axe reads it.
 */
export function axeContext(browser: Browser, origin: string, options: BrowserContextOptions) {
  return isolatedContext(browser, [origin], { ...options, bypassCSP: true, reducedMotion: 'reduce' });
}

/**
 * Runs axe (injected from the local axe-core package, never a CDN) on the page or part of it.
 * The page's CSP would block the script: open it in a context with bypassCSP.
 */
export async function axeViolations(page: Page, include?: string[], rules?: readonly string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ([selectors, only]) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
      const runOnly = only ? { runOnly: { type: 'rule', values: only } } : {};
      const { violations } = await axe.run(selectors ? { include: selectors.map((s) => [s]) } : document, { resultTypes: ['violations'], ...runOnly });
      return violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
    },
    [include, rules] as const,
  );
}

export function describeViolations(where: string, violations: Violation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

/**
 * The story at every step (the stage and the current step), in one theme and viewport: the violations
 * found, described; in the dark theme, which changes colours only, those of the rules that read colours.
 * Opens its own context, one per theme: switching the emulated theme inside a page left some colours
 * stale in Chromium.
 */
export async function storyViolations(browser: Browser, origin: string, home: string, options: BrowserContextOptions & { colorScheme: Theme }, where: string): Promise<string[]> {
  const { context } = await axeContext(browser, origin, options);
  const page = await context.newPage();
  await page.goto(`${origin}${home}`);
  await pageStarted(page);
  const steps = await stageSteps(page);
  if (steps.length === 0) throw new Error(`${home}: the story has no steps`);
  const rules = options.colorScheme === 'dark' ? COLOUR_RULES : undefined;
  const found: string[] = [];
  for (const step of steps) {
    // Its figure drawn and the step current (its controls set with it): nothing changes under axe.
    await openStep(page, step);
    await page.waitForSelector(`[data-step="${step.id}"][aria-current="step"]`);
    // What changes from step to step: the stage (figure, caption, controls) and the current step.
    found.push(...describeViolations(`${home}#${step.id} (${where})`, await axeViolations(page, ['[data-stage]', `[data-step="${step.id}"]`], rules)));
  }
  await context.close();
  return found;
}
