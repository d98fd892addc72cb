/** An axis-aligned rectangle in px, as label placement uses it: x0 < x1, y0 < y1 (y down). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A box of this width and height centred on (cx, cy). */
export function centredBox(cx: number, cy: number, width: number, height: number): Box {
  return { x0: cx - width / 2, x1: cx + width / 2, y0: cy - height / 2, y1: cy + height / 2 };
}
