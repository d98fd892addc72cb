import { createScroller } from '../scroll/engine.ts';
import { whenStill } from '../scroll/still.ts';
import type { Viewport } from '../scroll/viewport.ts';
import { storyViewport } from '../embed/frame/frame.ts';
import { createStage, type StepSpec } from './stage.ts';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** How many steps ahead the story readies its visuals (code, data) while the reader reads. */
const READY_AHEAD = 2;

/**
 * Wires the page: content (the spec) -> active step (engine) -> state (stage) -> visual.
 * The viewport is the window's, or the host page's when the story is in an auto-resized embed.
 */
export async function startStory(givenViewport?: Viewport) {
  const root = document.querySelector<HTMLElement>('[data-story]');
  const specEl = document.getElementById('story-spec');
  if (!root || !specEl) return;
  const spec = JSON.parse(specEl.textContent!) as { steps: StepSpec[] };
  const stepsById = new Map(spec.steps.map((step, index) => [step.id, { step, index }]));
  const stageEl = root.querySelector<HTMLElement>('[data-stage]')!;
  const viewport = givenViewport ?? (await storyViewport(root, stageEl));
  const stage = createStage(stageEl, () => reducedMotion.matches, { whenStill: () => whenStill(viewport) });
  /** Shows the step, and readies the next steps' visuals once the reader is still, so no visual first loads mid-scroll. */
  const show = (id: string) => {
    const { step, index } = stepsById.get(id)!;
    void stage.show(step);
    const ahead = spec.steps.slice(index + 1, index + 1 + READY_AHEAD);
    void whenStill(viewport).then(() => ahead.forEach(({ viz }) => stage.preload(viz)));
  };
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const progress = root.querySelector<HTMLElement>('[data-progress]');
  const nav = root.querySelector<HTMLElement>('[data-controls]');

  return createScroller({
    steps,
    viewport,
    prefersReducedMotion: () => reducedMotion.matches,
    onStep: show,
    onProgress: (p) => progress?.style.setProperty('transform', `scaleX(${p})`),
    controls: nav
      ? {
          nav,
          prev: nav.querySelector('[data-step-prev]')!,
          next: nav.querySelector('[data-step-next]')!,
          counter: nav.querySelector('[data-step-counter]')!,
        }
      : undefined,
  });
}
