import { fill } from '../i18n/fill.ts';
import { keyAction, type KeyPress, type PresentAction } from '../present/keys.ts';
import { createStepper } from '../present/stepper.ts';
import { whenStill } from '../scroll/still.ts';
import { windowViewport } from '../scroll/viewport.ts';
import { specStage } from './stage.ts';

/**
 * Wires present mode: content (the spec) -> current step (the stepper, moved by keys, clicker and
 * buttons) -> state (the stage) -> visual. `?notes` shows the speaker notes; a second window on
 * the same presentation (the projector and the teacher's notes) follows the step shown in either.
 */
export function startPresentation() {
  const root = document.querySelector<HTMLElement>('[data-present]');
  if (!root) return;
  const notesMode = new URLSearchParams(location.search).has('notes');
  root.classList.toggle('is-notes', notesMode);
  const stageEl = root.querySelector<HTMLElement>('[data-stage]')!;
  // Heavy work (MapLibre's first frame) waits until the window has been quiet for a moment.
  const viewport = windowViewport();
  const stage = specStage(stageEl, { whenStill: () => whenStill(viewport) });
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const nav = root.querySelector<HTMLElement>('[data-present-controls]')!;
  const counter = nav.querySelector<HTMLElement>('[data-step-counter]')!;
  const fullscreen = nav.querySelector<HTMLButtonElement>('[data-fullscreen]')!;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('[data-notes-link], [data-story-link]')];
  const announcer = root.querySelector<HTMLElement>('[data-present-announcer]')!;
  const blank = root.querySelector<HTMLElement>('[data-blank]')!;
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`present:${location.pathname}`) : undefined;
  let fromOtherWindow = false;
  let shown: HTMLElement | undefined;

  const stepper = createStepper({
    steps,
    controls: { prev: nav.querySelector('[data-step-prev]')!, next: nav.querySelector('[data-step-next]')! },
    onStep(id, index) {
      const step = steps[index]!;
      const section = step.closest('section')?.querySelector('h2')?.textContent ?? '';
      const place = { step: index + 1, steps: steps.length, section };
      counter.textContent = fill(counter.dataset.template!, place);
      for (const link of links) link.hash = id;
      // Focus inside the step that has just been hidden would be lost: it moves to the new step.
      if (shown?.contains(document.activeElement)) step.focus({ preventScroll: true });
      shown = step;
      const text = step.querySelector('.step__text')?.textContent?.replace(/\s+/g, ' ').trim();
      setBlank(false, false);
      announcer.textContent = fill(counter.dataset.announce!, { ...place, text: text ?? '' });
      stage.showStep(id);
      if (!fromOtherWindow) channel?.postMessage(id);
    },
  });
  channel?.addEventListener('message', ({ data }) => {
    fromOtherWindow = true;
    if (typeof data === 'string') stepper.open(data);
    fromOtherWindow = false;
  });

  function setBlank(on: boolean, announce = true) {
    if (blank.hidden === !on) return;
    blank.hidden = !on;
    if (announce) announcer.textContent = (on ? announcer.dataset.blanked : announcer.dataset.unblanked)!;
  }
  blank.addEventListener('click', () => setBlank(false));

  // Full screen needs a click or a key press (user activation), and may be missing or refused:
  // the page fills the window anyway, so the button only shows where the browser offers it.
  fullscreen.hidden = !document.fullscreenEnabled;
  const setFullscreen = (on: boolean) => {
    if (!document.fullscreenEnabled || on === !!document.fullscreenElement) return;
    (on ? document.documentElement.requestFullscreen({ navigationUI: 'hide' }) : document.exitFullscreen()).catch(() => undefined);
  };
  fullscreen.addEventListener('click', () => setFullscreen(!document.fullscreenElement));
  document.addEventListener('fullscreenchange', () => fullscreen.setAttribute('aria-pressed', String(!!document.fullscreenElement)));

  const actions: Record<PresentAction, () => void> = {
    next: () => stepper.move(1),
    previous: () => stepper.move(-1),
    first: () => stepper.goTo(0),
    last: () => stepper.goTo(steps.length - 1),
    blank: () => setBlank(blank.hidden),
    fullscreen: () => setFullscreen(!document.fullscreenElement),
    start: () => setFullscreen(true),
  };
  document.addEventListener('keydown', (event) => {
    const action = keyAction(event);
    if (!action || !forPresentation(event, action)) return;
    event.preventDefault();
    actions[action]();
  });
}

const MOVES = new Set<PresentAction>(['next', 'previous', 'first', 'last']);

/**
 * Whether a key press is the presentation's, given where focus is: never while typing; Space and
 * Enter activate a focused button, link or summary as usual; and inside a graphic (the map when
 * explored, a scrolling data table) the arrow and page keys are the graphic's.
 */
function forPresentation(event: KeyPress & { target: EventTarget | null }, action: PresentAction): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return true;
  if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return false;
  if ((event.key === ' ' || event.key === 'Enter') && target.closest('button, a[href], summary')) return false;
  return !(MOVES.has(action) && target.closest('[data-viz]'));
}
