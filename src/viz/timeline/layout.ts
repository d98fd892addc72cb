import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { formatIsoRange, parseIsoDate } from '../../lib/dates.ts';
import { inClearArea, mark, round, type Mark, type Scene, type Size } from '../scene.ts';
import { charsPerLine, wrapText } from '../../lib/text.ts';

/** What the browser needs of each event (the full records, with sources, stay at build time). */
export interface TimelineItem {
  id: string;
  date: string;
  dateEnd?: string;
  title: string;
}

export interface TimelineState {
  /** Visible window, ISO dates. */
  from: string;
  to: string;
  /** A shaded period the step talks about. */
  highlight?: { from: string; to: string; label?: string };
  /** Events named on the chart, by id. */
  label: string[];
}

export const FONT_SIZE = 13;
const LINE = FONT_SIZE * 1.25;
const MARGIN = { top: 20, bottom: 20 };
const AXIS_X = 50;

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatDay = utcFormat('%-d %b');

/** Short tick labels: the widest ("30 Sep") still fits left of the axis on a 320 px phone, unlike "September". */
function tickLabel(date: Date, fallback: (date: Date) => string): string {
  if (utcDay(date) < date) return fallback(date);
  if (utcMonth(date) < date) return formatDay(date);
  return utcYear(date) < date ? formatMonth(date) : formatYear(date);
}

/** The timeline, drawn whole in the part of the frame that nothing covers (see inClearArea). */
export const timelineLayout = inClearArea(drawTimeline);

function drawTimeline(items: TimelineItem[], state: TimelineState, size: Size): Scene {
  const { width, height } = size;
  const from = parseIsoDate(state.from);
  const to = parseIsoDate(state.to);
  const y = scaleUtc().domain([from, to]).range([MARGIN.top, height - MARGIN.bottom]);
  const inView = (d: TimelineItem) => parseIsoDate(d.date) <= to && parseIsoDate(d.dateEnd ?? d.date) >= from;
  const highlight = state.highlight && { from: parseIsoDate(state.highlight.from), to: parseIsoDate(state.highlight.to) };
  const isHighlighted = (d: TimelineItem) =>
    !!highlight && parseIsoDate(d.date) <= highlight.to && parseIsoDate(d.dateEnd ?? d.date) >= highlight.from;
  const clampY = (date: Date) => round(Math.max(MARGIN.top, Math.min(height - MARGIN.bottom, y(date))));

  const marks: Mark[] = [];

  if (highlight) {
    const top = clampY(highlight.from);
    const bottom = clampY(highlight.to);
    marks.push(
      mark('rect', 'highlight', { class: 'tl-highlight', x: 0, y: top - 4, width, height: Math.max(8, bottom - top + 8), rx: 4 }),
    );
  }

  for (const tick of y.ticks(Math.max(2, Math.floor(height / 70)))) {
    const ty = round(y(tick));
    const key = `tick:${tick.toISOString().slice(0, 10)}`;
    marks.push(mark('line', key, { class: 'viz-grid', x1: AXIS_X - 6, x2: width, y1: ty, y2: ty }));
    marks.push(mark('text', `${key}:label`, { class: 'tl-tick', x: AXIS_X - 10, y: ty, dy: '0.32em', 'text-anchor': 'end' }, tickLabel(tick, y.tickFormat())));
  }
  marks.push(mark('line', 'axis', { class: 'viz-axis', x1: AXIS_X, x2: AXIS_X, y1: MARGIN.top, y2: height - MARGIN.bottom }));

  const visible = items.filter(inView);
  for (const d of visible) {
    const cls = isHighlighted(d) ? ' is-highlighted' : '';
    if (d.dateEnd) {
      const top = clampY(parseIsoDate(d.date));
      const bottom = clampY(parseIsoDate(d.dateEnd));
      marks.push(mark('rect', `event:${d.id}`, { class: `tl-period${cls}`, x: AXIS_X - 3, y: top, width: 6, height: Math.max(6, bottom - top), rx: 3 }));
    } else {
      marks.push(mark('circle', `event:${d.id}`, { class: `tl-event${cls}`, cx: AXIS_X, cy: clampY(parseIsoDate(d.date)), r: 4 }));
    }
  }

  marks.push(...labelMarks(visible.filter((d) => state.label.includes(d.id)), clampY, size, isHighlighted));
  return { width, height, marks };
}

/** Labels right of the axis, pushed apart vertically so they never overlap, with a leader to their event. */
function labelMarks(
  labelled: TimelineItem[],
  yOf: (date: Date) => number,
  { width, height }: Size,
  isHighlighted: (d: TimelineItem) => boolean,
): Mark[] {
  const x = AXIS_X + 18;
  const maxChars = charsPerLine(width - x - 4, FONT_SIZE, { min: 12 });
  const blocks = labelled.map((d) => {
    const lines = [formatIsoRange(d.date, d.dateEnd), ...wrapText(d.title, maxChars)];
    return { d, lines, anchor: yOf(parseIsoDate(d.date)), top: 0, height: lines.length * LINE };
  });
  const gap = 6;
  // Place top-down at the anchor or below the previous block, then pull back up from the bottom edge.
  let cursor = MARGIN.top - LINE / 2;
  for (const b of blocks) {
    b.top = Math.max(b.anchor - LINE / 2, cursor);
    cursor = b.top + b.height + gap;
  }
  let floor = height - 2;
  for (const b of [...blocks].reverse()) {
    b.top = Math.min(b.top, floor - b.height);
    floor = b.top - gap;
  }

  return blocks.flatMap(({ d, lines, anchor, top }) => {
    const cls = isHighlighted(d) ? ' is-highlighted' : '';
    const first = round(top + LINE * 0.8);
    return [
      mark('path', `leader:${d.id}`, { class: `tl-leader${cls}`, d: `M${AXIS_X + 5},${round(anchor)}L${x - 4},${round(first - LINE * 0.3)}` }),
      ...lines.map((line, i) =>
        mark('text', `label:${d.id}:${i}`, { class: i === 0 ? `tl-date${cls}` : `tl-label${cls}`, x, y: round(first + i * LINE) }, line),
      ),
    ];
  });
}
