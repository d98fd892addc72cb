/** A box in document coordinates (those of Viewport.band). */
export interface DocumentBox {
  top: number;
  height: number;
}

/** An element's box in document coordinates, whoever scrolls the document. Forces layout: not for scroll handlers. */
export function documentBox(el: Element): DocumentBox {
  const rect = el.getBoundingClientRect();
  return { top: rect.top + window.scrollY, height: rect.height };
}

/**
 * Geometry measured once, and again only when the layout changes size (the document, or one of
 * `targets`, resizes: fonts arriving, a table opening, a rotated phone), never per scroll: reading
 * an element's box in a scroll handler forces the browser to lay out the page mid-frame.
 * ResizeObserver reports after layout, so re-measuring there costs no extra layout.
 */
export function measuredOnResize<T>(targets: Element[], measure: () => T, onMeasured?: (value: T) => void) {
  let value = measure();
  const remeasure = () => {
    value = measure();
    onMeasured?.(value);
  };
  const observer = new ResizeObserver(remeasure);
  for (const target of [document.documentElement, ...targets]) observer.observe(target);
  return {
    get: () => value,
    stop: () => observer.disconnect(),
  };
}
