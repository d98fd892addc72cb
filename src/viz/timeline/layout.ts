import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { formats, type Formats } from '../../i18n/format.ts';
import { parseIsoDate } from '../../lib/dates.ts';
import { inClearArea, mark, round, type Mark, type Scene, type Size } from '../scene.ts';
import { textWidth, wrapText } from '../../lib/text.ts';

/** What the browser needs of each event (the full records, with sources, stay at build time). */
export interface TimelineItem {
  id: string;
  date: string;
  dateEnd?: string;
  title: string;
}

export interface TimelineData {
  items: TimelineItem[];
  /** The language's Intl tag: dates are written its way. */
  intl: string;
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
/** The axis sits this far in at least; further when the language's tick labels are wider. */
const MIN_AXIS_X = 50;

/** Short tick labels ("30 Sept", "Sept", "2023"): they fit left of the axis on a 320 px phone, unlike "September". */
function tickLabel(date: Date, format: Formats): string {
  if (utcDay(date) < date) return format.time(date);
  if (utcMonth(date) < date) return format.dayMonth(date);
  return utcYear(date) < date ? format.month(date) : format.year(date);
}

/** The timeline, drawn whole in the part of the frame that nothing covers (see inClearArea). */
export const timelineLayout = inClearArea(drawTimeline);

function drawTimeline({ items, intl }: TimelineData, state: TimelineState, size: Size): Scene {
  const { width, height } = size;
  const format = formats(intl);
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

  const ticks = y.ticks(Math.max(2, Math.floor(height / 70))).map((date) => ({ date, label: tickLabel(date, format) }));
  const axisX = Math.max(MIN_AXIS_X, Math.ceil(Math.max(0, ...ticks.map((t) => textWidth(t.label, FONT_SIZE)))) + 12);
  for (const { date, label } of ticks) {
    const ty = round(y(date));
    const key = `tick:${date.toISOString().slice(0, 10)}`;
    marks.push(mark('line', key, { class: 'viz-grid', x1: axisX - 6, x2: width, y1: ty, y2: ty }));
    marks.push(mark('text', `${key}:label`, { class: 'tl-tick', x: axisX - 10, y: ty, dy: '0.32em', 'text-anchor': 'end' }, label));
  }
  marks.push(mark('line', 'axis', { class: 'viz-axis', x1: axisX, x2: axisX, y1: MARGIN.top, y2: height - MARGIN.bottom }));

  const visible = items.filter(inView);
  for (const d of visible) {
    const cls = isHighlighted(d) ? ' is-highlighted' : '';
    if (d.dateEnd) {
      const top = clampY(parseIsoDate(d.date));
      const bottom = clampY(parseIsoDate(d.dateEnd));
      marks.push(mark('rect', `event:${d.id}`, { class: `tl-period${cls}`, x: axisX - 3, y: top, width: 6, height: Math.max(6, bottom - top), rx: 3 }));
    } else {
      marks.push(mark('circle', `event:${d.id}`, { class: `tl-event${cls}`, cx: axisX, cy: clampY(parseIsoDate(d.date)), r: 4 }));
    }
  }

  marks.push(...labelMarks(visible.filter((d) => state.label.includes(d.id)), clampY, size, isHighlighted, axisX, format));
  return { width, height, marks };
}

/** Labels right of the axis, pushed apart vertically so they never overlap, with a leader to their event. */
function labelMarks(
  labelled: TimelineItem[],
  yOf: (date: Date) => number,
  { width, height }: Size,
  isHighlighted: (d: TimelineItem) => boolean,
  axisX: number,
  format: Formats,
): Mark[] {
  const x = axisX + 18;
  const blocks = labelled.map((d) => {
    const lines = [format.range(d.date, d.dateEnd), ...wrapText(d.title, width - x - 4, { fontPx: FONT_SIZE, minChars: 12 })];
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
      mark('path', `leader:${d.id}`, { class: `tl-leader${cls}`, d: `M${axisX + 5},${round(anchor)}L${x - 4},${round(first - LINE * 0.3)}` }),
      ...lines.map((line, i) =>
        mark('text', `label:${d.id}:${i}`, { class: i === 0 ? `tl-date${cls}` : `tl-label${cls}`, x, y: round(first + i * LINE) }, line),
      ),
    ];
  });
}
