import type { Page } from 'playwright-core';

/** A frame at 60 Hz: under reduced motion, nothing moves for longer. */
export const FRAME_MS = 1000 / 60;

/** Runs in the page: elements (and pseudo-elements) whose CSS would animate for longer than `frame` ms. */
export function longCssMotion(frame: number): string[] {
  const seconds = (list: string) => Math.max(...list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) : parseFloat(t) * 1000)));
  const found: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const transition = style.transitionProperty !== 'none' ? seconds(style.transitionDuration) : 0;
      const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0;
      if (transition > frame || animation > frame) found.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}${pseudo ?? ''}: transition ${transition} ms, animation ${animation} ms`);
    }
  }
  return found;
}

/** Runs in the page: animations running now (CSS, Web Animations) and d3 transitions in flight. */
export function motionInFlight(frame: number): string[] {
  const running = document
    .getAnimations()
    .filter((a) => a.playState === 'running' && Number(a.effect?.getComputedTiming().duration ?? 0) > frame)
    .map((a) => `animation on ${(a.effect as KeyframeEffect | null)?.target?.tagName ?? '?'} for ${Math.round(Number(a.effect?.getComputedTiming().duration))} ms`);
  const d3 = [...document.querySelectorAll('*')].filter((el) => {
    const pending = (el as unknown as { __transition?: object }).__transition;
    return pending && Object.keys(pending).length > 0;
  });
  return [...running, ...(d3.length ? [`${d3.length} d3 transitions in flight`] : [])];
}

/** The visual's canvas as drawn now (animations left running), to compare across frames. */
export async function stageShot(page: Page, viz: string): Promise<Buffer> {
  return page.locator(`figure[data-viz="${viz}"] .figure__canvas`).screenshot({ animations: 'allow' });
}
