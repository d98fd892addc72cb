import { createScroller } from '../scroll/engine.ts';
import { whenStill } from '../scroll/still.ts';
import type { Viewport } from '../scroll/viewport.ts';
import { storyViewport } from '../embed/frame/frame.ts';
import { specStage } from './stage.ts';

/**
 * Wires the page: content (the spec) -> active step (engine) -> state (stage) -> visual.
 * The viewport is the window's, or the host page's when the story is in an auto-resized embed.
 */
export async function startStory(givenViewport?: Viewport) {
  const root = document.querySelector<HTMLElement>('[data-story]');
  if (!root) return;
  const stageEl = root.querySelector<HTMLElement>('[data-stage]')!;
  const viewport = givenViewport ?? (await storyViewport(root, stageEl));
  const stage = specStage(stageEl, { whenStill: () => whenStill(viewport) });
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const progress = root.querySelector<HTMLElement>('[data-progress]');
  const nav = root.querySelector<HTMLElement>('[data-controls]');

  return createScroller({
    steps,
    viewport,
    prefersReducedMotion: stage.prefersReducedMotion,
    onStep: stage.showStep,
    onProgress: (p) => progress?.style.setProperty('transform', `scaleX(${p})`),
    controls: nav
      ? {
          prev: nav.querySelector('[data-step-prev]')!,
          next: nav.querySelector('[data-step-next]')!,
          counter: nav.querySelector('[data-step-counter]')!,
        }
      : undefined,
  });
}
