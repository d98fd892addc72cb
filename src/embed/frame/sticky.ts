import { documentBox, measuredOnResize } from '../../scroll/geometry.ts';
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
 * there): moves `element` with a transform to `top` pixels below the top of the viewport's band
 * (as `position: sticky; top: <top>`), within `container`. `top` may depend on the band's height
 * and the element's.
 */
export function emulateSticky(
  element: HTMLElement,
  container: HTMLElement,
  viewport: Viewport,
  top: (bandHeight: number, height: number) => number = () => 0,
): () => void {
  let offset = 0;
  // Measured on resize only: the band moves on every host scroll, the layout does not.
  const layout = measuredOnResize(
    [container, element],
    () => {
      const box = documentBox(container);
      return { naturalTop: documentBox(element).top - offset, height: element.offsetHeight, containerBottom: box.top + box.height };
    },
    () => place(),
  );
  const place = () => {
    const band = viewport.band();
    const geometry = layout.get();
    offset = stickyOffset({ bandTop: band.top + top(band.height, geometry.height), ...geometry });
    element.style.transform = offset ? `translateY(${offset}px)` : '';
  };
  const stop = viewport.onChange(place);
  place();
  return () => {
    stop();
    layout.stop();
    element.style.transform = '';
  };
}
