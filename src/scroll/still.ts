import type { Viewport } from './viewport.ts';

/** How long the viewport must stay put before the reader counts as still. */
const QUIET_MS = 300;

/** Runs `callback` when the browser is idle (soon after at most `timeout` ms), or at once where it cannot say. */
function whenIdle(callback: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 0);
}

/** Who waits for the reader to be still, per viewport, in the order they asked. */
const waiting = new WeakMap<Viewport, (() => void)[]>();

/**
 * Resolves once the reader has stopped moving the page (the viewport unchanged for QUIET_MS) and
 * the browser is idle: the moment for heavy work (loading a library, a first WebGL frame) that
 * would otherwise drop frames of a scroll. Everyone waiting on a viewport is resolved in the same
 * still moment, in the order they asked: the step on screen asks before the stage readies the next
 * steps, so the map's MapLibre is requested before their code.
 */
export function whenStill(viewport: Viewport): Promise<void> {
  return new Promise((resolve) => {
    const queue = waiting.get(viewport);
    if (queue) {
      queue.push(resolve);
      return;
    }
    const waiters = [resolve];
    waiting.set(viewport, waiters);
    let lastMove = performance.now();
    const stop = viewport.onChange(() => (lastMove = performance.now()));
    const check = () => {
      const quietFor = performance.now() - lastMove;
      if (quietFor < QUIET_MS) {
        setTimeout(check, QUIET_MS - quietFor);
        return;
      }
      whenIdle(() => {
        if (performance.now() - lastMove < QUIET_MS) return check();
        stop();
        // Who asks from here on waits for the next still moment.
        waiting.delete(viewport);
        for (const wake of waiters) wake();
      });
    };
    check();
  });
}
