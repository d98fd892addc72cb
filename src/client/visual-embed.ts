import { fill } from '../i18n/fill.ts';
import { createStage, type StepSpec } from './stage.ts';
import { startFrame } from '../embed/frame/frame.ts';
import { whenStill } from '../scroll/still.ts';
import { windowViewport } from '../scroll/viewport.ts';
import { applyEmbedOptions, parseEmbedOptions } from '../embed/options.ts';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/**
 * A single visual in an iframe, where nothing scrolls: shows the state of the step named by
 * `?step=<id>` (else the first), and Previous/Next step through the states the story gives it.
 * The newsroom's options in the query (src/embed/options.ts) are applied first, before the frame
 * reports its height.
 */
export function startVisualEmbed() {
  const root = document.querySelector<HTMLElement>('[data-viz-embed]');
  const specEl = document.getElementById('viz-spec');
  if (!root || !specEl) return;
  applyEmbedOptions(document.documentElement, parseEmbedOptions(location.search));
  startFrame();
  const { steps } = JSON.parse(specEl.textContent!) as { steps: StepSpec[] };
  const viewport = windowViewport();
  const stage = createStage(root.querySelector<HTMLElement>('[data-stage]')!, () => reducedMotion.matches, { whenStill: () => whenStill(viewport) });
  const nav = root.querySelector<HTMLElement>('[data-controls]')!;
  const prev = nav.querySelector<HTMLButtonElement>('[data-step-prev]')!;
  const next = nav.querySelector<HTMLButtonElement>('[data-step-next]')!;
  const counter = nav.querySelector<HTMLElement>('[data-step-counter]')!;
  const storyLink = document.querySelector<HTMLAnchorElement>('.embed-footer a');

  const params = new URLSearchParams(location.search);
  let index = Math.max(0, steps.findIndex((step) => step.id === params.get('step')));

  function show(to: number) {
    index = to;
    const step = steps[index]!;
    counter.textContent = fill(counter.dataset.template ?? '{step}/{steps}', { step: index + 1, steps: steps.length });
    prev.disabled = index === 0;
    next.disabled = index === steps.length - 1;
    if (storyLink) storyLink.hash = step.id;
    void stage.show(step);
  }
  function move(by: number) {
    show(Math.min(steps.length - 1, Math.max(0, index + by)));
    // Keep the URL pinned to what is shown, so a reload or a copied link shows the same state.
    params.set('step', steps[index]!.id);
    history.replaceState(null, '', `?${params}`);
  }
  prev.addEventListener('click', () => move(-1));
  next.addEventListener('click', () => move(1));
  show(index);
}
