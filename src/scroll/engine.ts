import { documentBox, measuredOnResize, type DocumentBox } from './geometry.ts';
import type { Viewport } from './viewport.ts';
import { fill } from '../i18n/fill.ts';

/**
 * The scroll engine: which step is active, and the reader's ways to move between steps.
 * It knows steps and a viewport, nothing about what a step shows.
 *
 * Contract: the active step carries aria-current="step" (exactly one once the reader is in the
 * story); `#<step id>` opens the story at that step; Previous/Next controls work by keyboard.
 */
export interface ScrollerOptions {
  steps: HTMLElement[];
  viewport: Viewport;
  /** Where the trigger line sits, as a fraction of the viewport's height. */
  offset?: number;
  /** Receives the id (`data-step`) of each step that becomes active. */
  onStep(id: string): void;
  /** Previous/Next and the counter, whose `data-template` says how it reads ("Step {step} of {steps}"). */
  controls?: { prev: HTMLButtonElement; next: HTMLButtonElement; counter: HTMLElement };
  /** Receives the reading progress through the story, 0 to 1. */
  onProgress?(progress: number): void;
  prefersReducedMotion(): boolean;
}

export interface Scroller {
  /** The active step's id, or undefined before the reader reaches the story. */
  readonly active: string | undefined;
  goTo(id: string, options?: { focus?: boolean }): void;
  destroy(): void;
}

export function createScroller(options: ScrollerOptions): Scroller {
  const { steps, viewport, offset = 0.6, onStep, controls, onProgress, prefersReducedMotion } = options;
  let active = -1;
  // Steps' boxes, measured when the layout changes rather than on every scroll.
  const geometry = measuredOnResize(steps, () => steps.map(documentBox));

  function activate(index: number) {
    if (index === active || index < 0 || index >= steps.length) return;
    steps[active]?.removeAttribute('aria-current');
    active = index;
    steps[index]!.setAttribute('aria-current', 'step');
    if (controls) {
      controls.counter.textContent = fill(controls.counter.dataset.template ?? '{step}/{steps}', { step: index + 1, steps: steps.length });
      controls.prev.disabled = index === 0;
      controls.next.disabled = index === steps.length - 1;
    }
    onStep(steps[index]!.dataset.step!);
  }

  /** Scrolls so the step's middle sits on the trigger line (gliding, unless `smooth` is false or the reader prefers reduced motion), and activates it at once. */
  function goToIndex(index: number, { focus = false, smooth = true } = {}) {
    const step = steps[index];
    if (!step) return;
    const band = viewport.band();
    const { top, height } = geometry.get()[index]!;
    const y = top + Math.min(height, band.height) / 2 - band.height * offset;
    viewport.scrollTo(Math.max(0, y), smooth && !prefersReducedMotion());
    activate(index);
    if (focus) step.focus({ preventScroll: true });
  }

  const indexOf = (id: string) => steps.findIndex((s) => s.dataset.step === id);
  const goTo = (id: string, options?: { focus?: boolean }) => goToIndex(indexOf(id), options);

  const stopTracking = viewport.trackSteps(steps, offset, activate);

  const cleanups: (() => void)[] = [stopTracking, geometry.stop];
  if (controls) {
    const prev = () => goToIndex(Math.max(0, active - 1), { focus: true });
    const next = () => goToIndex(Math.min(steps.length - 1, active + 1), { focus: true });
    controls.prev.addEventListener('click', prev);
    controls.next.addEventListener('click', next);
    cleanups.push(() => {
      controls.prev.removeEventListener('click', prev);
      controls.next.removeEventListener('click', next);
    });
  }

  // A reader tabbing into a step (a link in it) is reading that step.
  const onFocusIn = (event: FocusEvent) => {
    const index = steps.findIndex((s) => s.contains(event.target as Node));
    if (index >= 0) activate(index);
  };
  document.addEventListener('focusin', onFocusIn);
  cleanups.push(() => document.removeEventListener('focusin', onFocusIn));

  const hashStep = () => indexOf(decodeURIComponent(location.hash.slice(1)));
  const openHash = () => goToIndex(hashStep());
  window.addEventListener('hashchange', openHash);
  cleanups.push(() => window.removeEventListener('hashchange', openHash));
  // A link to a step opens the story there at once: gliding down from the top would make every step on the way current.
  goToIndex(hashStep(), { smooth: false });

  if (onProgress) {
    let frame = 0;
    const report = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onProgress(readingProgress(geometry.get(), viewport.band(), offset)));
    };
    cleanups.push(viewport.onChange(report));
    report();
  }

  return {
    get active() {
      return steps[active]?.dataset.step;
    },
    goTo,
    destroy: () => cleanups.forEach((fn) => fn()),
  };
}

/** How far the trigger line has travelled from the first step's top to the last step's bottom. */
export function readingProgress(steps: DocumentBox[], band: { top: number; height: number }, offset: number): number {
  const first = steps[0];
  const last = steps.at(-1);
  if (!first || !last) return 0;
  const bottom = last.top + last.height;
  const line = band.top + band.height * offset;
  return Math.min(1, Math.max(0, (line - first.top) / (bottom - first.top)));
}
