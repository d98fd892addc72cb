import type { Viewport } from './viewport.ts';

/** How long the viewport must stay put before the reader counts as still. */
const QUIET_MS = 300;

/** Runs `callback` when the browser is idle (soon after at most `timeout` ms), or at once where it cannot say. */
function whenIdle(callback: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 0);
}

/**
 * Resolves once the reader has stopped moving the page (the viewport unchanged for `quietMs`) and
 * the browser is idle: the moment for heavy work (loading a library, a first WebGL frame) that
 * would otherwise drop frames of a scroll.
 */
export function whenStill(viewport: Viewport, quietMs = QUIET_MS): Promise<void> {
  return new Promise((resolve) => {
    let lastMove = performance.now();
    const stop = viewport.onChange(() => (lastMove = performance.now()));
    const check = () => {
      const quietFor = performance.now() - lastMove;
      if (quietFor < quietMs) {
        setTimeout(check, quietMs - quietFor);
        return;
      }
      whenIdle(() => {
        if (performance.now() - lastMove < quietMs) return check();
        stop();
        resolve();
      });
    };
    check();
  });
}
