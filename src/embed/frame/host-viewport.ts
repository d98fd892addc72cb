import { documentBox, measuredOnResize } from '../../scroll/geometry.ts';
import type { Viewport } from '../../scroll/viewport.ts';
import type { PymChild } from './child.ts';

/**
 * The viewport of a frame that the host sizes to its content (pym): the frame never scrolls, the
 * HOST page does, so the visible band is where the host's viewport crosses the frame, as its
 * `viewport-iframe-position` messages say. IntersectionObserver cannot stand in here (rootMargin is
 * ignored across frames), so steps are tracked geometrically against the same band.
 */
export function hostViewport(child: PymChild): Viewport {
  const band = () => {
    const position = child.position;
    // Until the host has spoken, assume the frame's top sits at the top of a typical screen.
    return position ? { top: -position.top, height: position.viewportHeight } : { top: 0, height: Math.min(window.innerHeight, 800) };
  };
  const onChange = (listener: () => void) => {
    const stop = child.onPosition(listener);
    window.addEventListener('resize', listener);
    return () => {
      stop();
      window.removeEventListener('resize', listener);
    };
  };
  return {
    band,
    onChange,
    trackSteps(steps, offset, onEnter) {
      let reported = -1;
      // Positions arrive on every host scroll: the steps' tops are measured on resize only.
      const tops = measuredOnResize(steps, () => steps.map((step) => documentBox(step).top));
      const update = () => {
        if (!child.position) return;
        const { top, height } = band();
        const index = stepAtLine(tops.get(), top + height * offset);
        if (index >= 0 && index !== reported) onEnter((reported = index));
      };
      update();
      const stop = onChange(update);
      return () => {
        stop();
        tops.stop();
      };
    },
    scrollTo: (y) => child.scrollHostTo(y),
  };
}

/**
 * The step whose top the trigger line has passed last (steps in document order), or -1 before the
 * first: as with scrollama, a step is entered when the line crosses into it and stays current
 * across the gaps between steps.
 */
export function stepAtLine(stepTops: number[], line: number): number {
  let index = -1;
  stepTops.forEach((top, i) => {
    if (top <= line) index = i;
  });
  return index;
}
