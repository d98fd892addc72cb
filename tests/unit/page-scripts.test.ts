// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, PAGE_SCRIPTS, scriptsOn } from '../../src/client/page-scripts.ts';

/** The page's scripts (src/client/page-scripts.ts): which a page names, and when they start. */
describe('page scripts', () => {
  it('are the ones the page names, each once, in document order', () => {
    document.body.innerHTML = `
      <div data-client="story"></div>
      <a data-client="share-links"></a><a data-client="share-links"></a>
      <section data-client="embed-panel"></section>`;
    expect(scriptsOn(document)).toEqual(['story', 'share-links', 'embed-panel']);
    for (const name of scriptsOn(document)) expect(PAGE_SCRIPTS[name]).toBeTypeOf('function');
  });

  it('fail naming a script that does not exist', () => {
    document.body.innerHTML = '<div data-client="story"></div><div data-client="sotry"></div>';
    expect(() => scriptsOn(document)).toThrow(/data-client names no page script: sotry/);
  });

  describe('start', () => {
    let frames: FrameRequestCallback[];
    beforeEach(() => {
      vi.useFakeTimers();
      frames = [];
      vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    });
    afterEach(() => {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    });

    it('after the next frame has painted, not in it, and only once', () => {
      const start = vi.fn();
      afterNextPaint(start, 500);
      expect(start).not.toHaveBeenCalled();
      frames.shift()!(performance.now()); // the frame's callbacks run before its paint
      expect(start).not.toHaveBeenCalled();
      vi.advanceTimersByTime(0); // a task after the frame
      expect(start).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1000);
      expect(start).toHaveBeenCalledTimes(1);
    });

    it('all the same where no frame is painted (a hidden page, an iframe out of view)', () => {
      const start = vi.fn();
      afterNextPaint(start, 500);
      vi.advanceTimersByTime(499);
      expect(start).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(start).toHaveBeenCalledTimes(1);
      frames.shift()!(performance.now());
      vi.advanceTimersByTime(0);
      expect(start).toHaveBeenCalledTimes(1);
    });
  });
});
