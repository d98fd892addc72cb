import scrollama from 'scrollama';

/**
 * The one thing the scroll engine knows about "the screen". The window is the first
 * implementation; an embed whose frame is auto-resized by the host page supplies another one
 * fed by the host's position messages (where IntersectionObserver and sticky cannot work).
 */
export interface Viewport {
  /** The visible band of this document, in its own CSS pixels. */
  band(): { top: number; height: number };
  /** Calls `listener` whenever the band moves or resizes. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Reports which step crosses the trigger line (a fraction of the band's height), as it changes. */
  trackSteps(steps: HTMLElement[], offset: number, onEnter: (index: number) => void): () => void;
  /** Scrolls so that document position `y` sits at the top of the band. */
  scrollTo(y: number, smooth: boolean): void;
}

/** The page's own window, with scrollama (IntersectionObserver) for step activation. */
export function windowViewport(): Viewport {
  return {
    band: () => ({ top: window.scrollY, height: window.innerHeight }),
    onChange(listener) {
      window.addEventListener('scroll', listener, { passive: true });
      window.addEventListener('resize', listener);
      return () => {
        window.removeEventListener('scroll', listener);
        window.removeEventListener('resize', listener);
      };
    },
    trackSteps(steps, offset, onEnter) {
      const scroller = scrollama();
      // scrollama's bundled types list offsets in tenths only; any fraction 0–1 works. They also
      // predate `root` (3.2): in an iframe the default root is the TOP page's viewport, where
      // IntersectionObserver ignores rootMargin (scrollama's trigger line), so the frame's own
      // document must be the root there.
      const options = { step: steps, offset: offset as scrollama.DecimalType, root: window.parent === window ? null : document };
      scroller.setup(options).onStepEnter(({ index }) => onEnter(index));
      return () => scroller.destroy();
    },
    scrollTo(y, smooth) {
      window.scrollTo({ top: y, behavior: smooth ? 'smooth' : 'instant' });
    },
  };
}
