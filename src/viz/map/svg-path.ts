import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';

/**
 * SVG path data for projected geometry, rounded to a tenth of a pixel like `geoPath().digits(1)`,
 * but written with relative moves and lines: the static map is the largest part of the story's
 * HTML, and relative steps between near points take about a third fewer characters than
 * absolute coordinates. Points are rounded before they are differenced, so rounding errors do not
 * add up along a ring, and a line of no length after rounding is left out.
 */
export function relativePath(projection: GeoStreamWrapper): (object: GeoPermissibleObjects) => string | null {
  const context = new RelativePathContext();
  const path = geoPath(projection, context);
  return (object) => {
    context.start();
    path(object);
    return context.end();
  };
}

/** Tenths of a pixel as the shortest SVG number: 15 → "1.5", 5 → ".5", -5 → "-.5", 20 → "2". */
export function tenths(n: number): string {
  return String(n / 10).replace(/^(-?)0\./, '$1.');
}

/** A d3-geo path context (moveTo, lineTo, closePath) that writes relative commands. */
class RelativePathContext implements GeoContext {
  private d = '';
  /** The pen and the ring's start, in tenths of a pixel. */
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  /** The last number written, to drop separators SVG does not need ("1.5-2", "1.5.5"). */
  private last = '';
  /** Whether the next point continues a run of lines (after "m", pairs are lines too). */
  private inRun = false;

  start() {
    this.d = '';
    this.x = this.y = this.startX = this.startY = 0;
    this.last = '';
    this.inRun = false;
  }

  end(): string | null {
    return this.d || null;
  }

  moveTo(px: number, py: number) {
    const [x, y] = [Math.round(px * 10), Math.round(py * 10)];
    this.d += 'm';
    this.last = '';
    this.pair(x - this.x, y - this.y);
    this.x = this.startX = x;
    this.y = this.startY = y;
    this.inRun = true;
  }

  lineTo(px: number, py: number) {
    const [x, y] = [Math.round(px * 10), Math.round(py * 10)];
    if (x === this.x && y === this.y) return;
    if (!this.inRun) {
      this.d += 'l';
      this.last = '';
      this.inRun = true;
    }
    this.pair(x - this.x, y - this.y);
    this.x = x;
    this.y = y;
  }

  closePath() {
    this.d += 'z';
    this.last = '';
    this.x = this.startX;
    this.y = this.startY;
    this.inRun = false;
  }

  /** Part of d3-geo's context interface; geoPath does not call it. */
  beginPath() {}

  /** Points are drawn as circles by geoPath; the map draws none through this context. */
  arc() {
    throw new Error('relativePath: point geometries are not supported (the map draws places as marks)');
  }

  private pair(dx: number, dy: number) {
    this.number(tenths(dx));
    this.number(tenths(dy));
  }

  private number(text: string) {
    const joins = this.last === '' || text.startsWith('-') || (text.startsWith('.') && this.last.includes('.'));
    this.d += (joins ? '' : ' ') + text;
    this.last = text;
  }
}
