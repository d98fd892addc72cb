import { select } from 'd3-selection';
import 'd3-transition';
import type { Mark, Scene } from './scene.ts';

/**
 * Browser rendering: joins a Scene into a live SVG element by mark key, so marks present in
 * both states move (object constancy), new marks fade in and removed marks fade out.
 * duration 0 (reduced motion, first paint) applies the state at once.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttrs(el: Element, m: Mark) {
  for (const [name, value] of Object.entries(m.attrs)) el.setAttribute(name, String(value));
}

export function applyScene(svg: SVGSVGElement, scene: Scene, duration: number): void {
  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  const root = select(svg);
  const marks = root
    .selectAll<SVGElement, Mark>(':scope > [data-key]')
    .data(scene.marks, function (this: SVGElement | Mark, d?: Mark) {
      // The tag is part of the identity: a mark that changes element type is replaced, not morphed.
      return d ? `${d.tag}:${d.key}` : `${(this as SVGElement).tagName}:${(this as SVGElement).getAttribute('data-key')}`;
    });

  const exiting = marks.exit();
  const entered = marks
    .enter()
    .append((m) => {
      const el = document.createElementNS(SVG_NS, m.tag);
      el.setAttribute('data-key', m.key);
      setAttrs(el, m);
      return el;
    })
    .style('opacity', duration ? 0 : null);
  const merged = entered.merge(marks).order();
  merged.each(function (m) {
    if (m.text !== undefined && this.textContent !== m.text) this.textContent = m.text;
  });

  if (!duration) {
    exiting.remove();
    merged.each(function (m) {
      setAttrs(this, m);
    });
    merged.style('opacity', null);
    return;
  }

  exiting.transition().duration(duration).style('opacity', 0).remove();
  const t = merged.transition().duration(duration);
  t.style('opacity', null);
  merged.each(function (m) {
    const el = select(this).transition(t as never);
    for (const [name, value] of Object.entries(m.attrs)) {
      if (name === 'class') this.setAttribute('class', String(value));
      else el.attr(name, value);
    }
  });
}
