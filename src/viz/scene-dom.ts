import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { attributeValue, viewBox, type Mark, type Scene } from './scene.ts';

/**
 * Browser rendering: joins a Scene into a live SVG element by mark key, so marks present in
 * both states move (object constancy), new marks fade in and removed marks fade out.
 * duration 0 (reduced motion, first paint) applies the state at once.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

// The tag is part of a mark's identity: a mark that changes element type is replaced, not morphed.
const identity = (m: Mark) => `${m.tag}:${m.key}`;

function setAttrs(el: Element, m: Mark) {
  for (const [name, value] of Object.entries(m.attrs)) el.setAttribute(name, attributeValue(value));
}

function create(m: Mark): SVGElement {
  const el = document.createElementNS(SVG_NS, m.tag);
  el.setAttribute('data-key', m.key);
  setAttrs(el, m);
  return el;
}

/** Fades run as their own transition, beside a mark's move (one transition per name and element). */
const FADE = 'fade';

/**
 * Fades marks from their current opacity (`from`, or what they show now) to the one their CSS gives
 * them (some marks are translucent by class), then hands opacity back to CSS.
 */
function fade(nodes: SVGElement[], duration: number, from?: number) {
  const start = nodes.map((el) => from ?? Number(getComputedStyle(el).opacity));
  for (const el of nodes) el.style.removeProperty('opacity');
  // Read every target before writing any: one style recalculation, not one per mark.
  const target = nodes.map((el) => getComputedStyle(el).opacity);
  nodes.forEach((el, i) => {
    el.style.opacity = String(start[i]);
    select(el)
      .transition(FADE)
      .duration(duration)
      .style('opacity', target[i]!)
      .on('end', () => el.style.removeProperty('opacity'));
  });
}

export function applyScene(svg: SVGSVGElement, scene: Scene, duration: number): void {
  svg.setAttribute('viewBox', viewBox(scene));
  // Marks drawn at build time carry no bound data yet: bind them from their attributes first.
  const existing = select(svg).selectAll<SVGElement, Mark>(':scope > [data-key]');
  // The new state takes over from transitions still running: a redraw must not be undone by an old
  // tween finishing, and a mark fading out that the new state keeps must not be removed.
  existing.interrupt().interrupt(FADE);
  existing.each(function (d) {
    if (!d) (this as SVGElement & { __data__: Mark }).__data__ = { key: this.getAttribute('data-key')!, tag: this.tagName as Mark['tag'], attrs: {} };
  });
  const marks = existing.data(scene.marks, identity);

  const entered: Selection<SVGElement, Mark, SVGSVGElement, unknown> = marks.enter().append(create);
  const merged = entered.merge(marks).order();
  merged.each(function (m) {
    if (m.text !== undefined && this.textContent !== m.text) this.textContent = m.text;
  });

  if (!duration) {
    marks.exit().remove();
    merged.each(function (m) {
      setAttrs(this, m);
      this.style.removeProperty('opacity'); // a fade cut short
    });
    return;
  }

  marks.exit().transition().duration(duration).style('opacity', 0).remove();
  marks.each(function (m) {
    const moving = select(this).transition().duration(duration);
    for (const [name, value] of Object.entries(m.attrs)) {
      // Classes switch at once (colour changes are carried by CSS transitions).
      if (name === 'class') this.setAttribute('class', String(value));
      else moving.attr(name, attributeValue(value));
    }
  });
  fade(entered.nodes(), duration, 0);
  // Marks caught mid-fade (leaving, or still arriving) fade back from where they are.
  fade(
    marks.nodes().filter((el) => el.style.opacity !== ''),
    duration,
  );
}
