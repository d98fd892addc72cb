import { documentBox } from '../../scroll/engine.ts';
import type { Viewport } from '../../scroll/viewport.ts';

/**
 * How far to push an element down from where the layout put it so that it behaves like
 * `position: sticky; top: 0` inside its container, for a viewport band starting at `bandTop`.
 * All values are in document pixels.
 */
export function stickyOffset(geometry: { bandTop: number; naturalTop: number; height: number; containerBottom: number }): number {
  const { bandTop, naturalTop, height, containerBottom } = geometry;
  const limit = Math.max(0, containerBottom - height - naturalTop);
  return Math.min(limit, Math.max(0, bandTop - naturalTop));
}

/**
 * Sticky positioning for a frame that never scrolls itself (`position: sticky` cannot engage
 * there): moves `element` with a transform to the top of the viewport's band, within `container`.
 */
export function emulateSticky(element: HTMLElement, container: HTMLElement, viewport: Viewport): () => void {
  let offset = 0;
  const place = () => {
    const naturalTop = documentBox(element).top - offset;
    const box = documentBox(container);
    offset = stickyOffset({ bandTop: viewport.band().top, naturalTop, height: element.offsetHeight, containerBottom: box.top + box.height });
    element.style.transform = offset ? `translateY(${offset}px)` : '';
  };
  const resize = new ResizeObserver(place);
  resize.observe(container);
  resize.observe(element);
  const stop = viewport.onChange(place);
  place();
  return () => {
    stop();
    resize.disconnect();
    element.style.transform = '';
  };
}
