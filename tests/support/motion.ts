import type { Page } from 'playwright-core';

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
