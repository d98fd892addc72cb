/**
 * The presentation stepper: one step shown at a time, moved by the reader. A second driver of the
 * story's contracts, beside the scroll engine (src/scroll/): the current step carries
 * aria-current="step" (exactly one), `#<step id>` opens the presentation there, and it reports
 * step ids. It knows steps, not what they show.
 */
export interface StepperOptions {
  steps: HTMLElement[];
  onStep(id: string, index: number): void;
  controls?: { prev: HTMLElement; next: HTMLElement };
}

export interface Stepper {
  readonly index: number;
  goTo(index: number): void;
  /** Opens the step with this id; false when there is none. */
  open(id: string): boolean;
  move(by: number): void;
  destroy(): void;
}

export function createStepper({ steps, onStep, controls }: StepperOptions): Stepper {
  let current = -1;
  let started = false;

  function goTo(index: number) {
    const next = Math.min(steps.length - 1, Math.max(0, index));
    if (next === current) return;
    steps[current]?.removeAttribute('aria-current');
    current = next;
    const step = steps[current]!;
    step.setAttribute('aria-current', 'step');
    // aria-disabled, not disabled: a button that keeps focus at either end of the story.
    controls?.prev.setAttribute('aria-disabled', String(current === 0));
    controls?.next.setAttribute('aria-disabled', String(current === steps.length - 1));
    const id = step.dataset.step!;
    // Once the reader moves, the address follows the step (a deep link to share or reload), without
    // a history entry per step.
    if (started && decodeURIComponent(location.hash.slice(1)) !== id) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
    onStep(id, current);
  }

  const open = (id: string) => {
    const index = steps.findIndex((s) => s.dataset.step === id);
    if (index >= 0) goTo(index);
    return index >= 0;
  };

  const openHash = () => open(decodeURIComponent(location.hash.slice(1)));
  window.addEventListener('hashchange', openHash);
  const prev = () => goTo(current - 1);
  const next = () => goTo(current + 1);
  controls?.prev.addEventListener('click', prev);
  controls?.next.addEventListener('click', next);
  if (!openHash()) goTo(0);
  started = true;

  return {
    get index() {
      return current;
    },
    goTo,
    open,
    move: (by) => goTo(current + by),
    destroy() {
      window.removeEventListener('hashchange', openHash);
      controls?.prev.removeEventListener('click', prev);
      controls?.next.removeEventListener('click', next);
    },
  };
}
