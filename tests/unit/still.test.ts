// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenStill } from '../../src/scroll/still.ts';
import type { Viewport } from '../../src/scroll/viewport.ts';

/** A viewport the test moves. */
function viewport() {
  const listeners = new Set<() => void>();
  const view: Viewport = {
    band: () => ({ top: 0, height: 800 }),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    trackSteps: () => () => {},
    scrollTo: () => {},
  };
  return { view, move: () => listeners.forEach((listener) => listener()), listening: () => listeners.size };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('whenStill', () => {
  it('resolves once the viewport has not moved for 300 ms; a move starts the wait again', async () => {
    const { view, move, listening } = viewport();
    let still = false;
    void whenStill(view).then(() => (still = true));
    await vi.advanceTimersByTimeAsync(200);
    move();
    await vi.advanceTimersByTimeAsync(250);
    expect(still).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(still).toBe(true);
    expect(listening()).toBe(0);
  });

  it('wakes those waiting in the order they asked, one per idle moment (their work stays in separate tasks)', async () => {
    const { view, move } = viewport();
    const woken: string[] = [];
    void whenStill(view).then(() => woken.push('the map, on screen'));
    await vi.advanceTimersByTimeAsync(100);
    move();
    void whenStill(view).then(() => woken.push('the next steps'));
    await vi.advanceTimersByTimeAsync(299);
    expect(woken).toEqual([]);
    while (woken.length === 0) await vi.advanceTimersToNextTimerAsync();
    expect(woken).toEqual(['the map, on screen']);
    await vi.advanceTimersToNextTimerAsync();
    expect(woken).toEqual(['the map, on screen', 'the next steps']);

    // A move before the next one wakes makes it wait for the reader to be still again.
    void whenStill(view).then(() => woken.push('a third'));
    void whenStill(view).then(() => woken.push('a fourth'));
    await vi.advanceTimersByTimeAsync(100);
    while (woken.length === 2) await vi.advanceTimersToNextTimerAsync();
    move();
    await vi.advanceTimersByTimeAsync(299);
    expect(woken).toEqual(['the map, on screen', 'the next steps', 'a third']);
    await vi.advanceTimersByTimeAsync(10);
    expect(woken).toEqual(['the map, on screen', 'the next steps', 'a third', 'a fourth']);

    // Asked once no one waits: the next still moment.
    let later = false;
    void whenStill(view).then(() => (later = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(later).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(later).toBe(true);
  });
});
