import { windowViewport, type Viewport } from '../../scroll/viewport.ts';
import { startAmpSizing, startPymChild, type PymChild } from './child.ts';
import { hostViewport } from './host-viewport.ts';
import { pymChildId } from '../pym.ts';
import { emulateSticky } from './sticky.ts';

/** How long to wait for a pym host to answer before treating the frame as a plain one. */
const HOST_REPLY_MS = 1500;

let frame: PymChild | null | undefined;

/**
 * Starts what a framed page owes its host, once: in a pym frame (the host's container id in the
 * `childId` parameter) a pym child; in any other frame, AMP-style height reports. Returns the pym
 * child, or null when there is none.
 */
export function startFrame(): PymChild | null {
  if (frame !== undefined) return frame;
  if (window.parent === window) return (frame = null);
  document.documentElement.classList.add('embedded');
  const id = pymChildId(location.search);
  if (!id) {
    startAmpSizing();
    return (frame = null);
  }
  return (frame = startPymChild(id));
}

/**
 * The viewport for the story: the window, unless the page sits in a pym frame whose host answers
 * with its position; then the host's viewport, with the stage kept in view by transforms.
 * In a plain iframe the frame scrolls itself and the window viewport works as on the page.
 */
export async function storyViewport(story: HTMLElement, stage: HTMLElement | null): Promise<Viewport> {
  const child = startFrame();
  if (!child || !(await hostAnswers(child))) return windowViewport();

  const html = document.documentElement;
  html.classList.add('host-scrolled');
  // Only on change: a new value re-lays out the page, and positions arrive on every scroll.
  const setHostHeight = () => {
    const vh = `${child.position!.viewportHeight / 100}px`;
    if (html.style.getPropertyValue('--vh') !== vh) html.style.setProperty('--vh', vh);
  };
  setHostHeight();
  child.onPosition(setHostHeight);

  const viewport = hostViewport(child);
  if (stage) emulateSticky(stage, story, viewport);
  // The row of Previous/Next pinned under the stage, at the bottom of the host's screen.
  const bar = story.querySelector<HTMLElement>('.story__bar');
  if (bar) emulateSticky(bar, story, viewport, (bandHeight, height) => bandHeight - height);
  askPositionWhileScrolled(child, [...story.querySelectorAll<HTMLElement>('[data-step]')]);
  return viewport;
}

function hostAnswers(child: PymChild): Promise<boolean> {
  if (child.position) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stop();
      resolve(false);
    }, HOST_REPLY_MS);
    const stop = child.onPosition(() => {
      clearTimeout(timer);
      stop();
      resolve(true);
    });
  });
}

/**
 * A pym Parent sends positions on scroll only with `trackscroll: true`. IntersectionObserver still
 * sees the steps move through the host's viewport (without rootMargin, which is all it loses across
 * frames), so each visible change asks for the position: stock pym parents work too, more coarsely.
 */
function askPositionWhileScrolled(child: PymChild, steps: HTMLElement[]) {
  const thresholds = Array.from({ length: 21 }, (_, i) => i / 20);
  const observer = new IntersectionObserver(() => child.requestPosition(), { threshold: thresholds });
  for (const step of steps) observer.observe(step);
}
