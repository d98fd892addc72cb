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
 * would otherwise drop frames of a scroll. Those waiting on a viewport wake in the order they asked,
 * one per idle moment, so that their work (a library's start, a first layout) never adds up to one
 * long task: the step on screen asks before the stage readies the next steps, so the map's MapLibre
 * starts before their code is requested.
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
        waiters.shift()!();
        if (waiters.length > 0) return check();
        stop();
        waiting.delete(viewport);
      });
    };
    check();
  });
}
