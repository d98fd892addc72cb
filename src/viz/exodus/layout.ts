import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { utcDay } from 'd3-time';
import { fill } from '../../i18n/fill.ts';
import { formats, type Formats } from '../../i18n/format.ts';
import { inClearArea, mark, round, type Mark, type Scene, type Size } from '../scene.ts';
import { textWidth, wrapText } from '../../lib/text.ts';

/** One reported cumulative count of arrivals in Armenia. */
export interface ExodusPoint {
  id: string;
  /** Local time in Armenia (UTC+4) as "YYYY-MM-DDTHH:MM"; handled as if UTC, so no time zone shifts it. */
  time: string;
  value: number;
  /** The Armenian government's timed border count (the line) or another report (a point). */
  series: 'government' | 'other';
  /** The source gives no time of day (placed at midday) or only a part of the day. */
  timeApproximate: boolean;
}

/** A contested figure drawn as a band from its lowest to its highest value, each end attributed. */
export interface RangeEnd {
  value: number;
  who: string;
  approximate?: boolean;
}
export interface ExodusRange {
  low: RangeEnd;
  high: RangeEnd;
}

/** The words the chart writes, in the page's language ({…} filled in by the layout). */
export interface ExodusText {
  timeAxis: string;
  timeAxisShort: string;
  governmentCount: string;
  /** "{count} by {date}" */
  countBy: string;
  otherReports: string;
  livedBefore: string;
  /** "Left: {figure}" */
  left: string;
  /** "to {figure}" */
  to: string;
}

export interface ExodusData {
  points: ExodusPoint[];
  /** How many left, by who counted. */
  total: ExodusRange;
  /** How many lived there before the offensive, by who counted. */
  before: ExodusRange;
  text: ExodusText;
  /** The language's Intl tag: numbers and dates are written its way. */
  intl: string;
}

export interface ExodusState {
  /** Counts reported up to the end of this day are drawn. */
  through: string;
  /** Adds the band of totals (how many left). */
  total: boolean;
  /** Adds the population before the offensive, for scale. */
  before: boolean;
}

export const FONT_SIZE = 12;
const LINE = FONT_SIZE * 1.25;
const MARGIN = { top: 12, right: 14, bottom: 40, left: 54 };
export const START = '2023-09-24T00:00';
export const END = '2023-10-03T00:00';

const parseTime = (iso: string) => new Date(`${iso}:00Z`);

/** The exodus chart, drawn whole in the part of the frame that nothing covers (see inClearArea). */
export const exodusLayout = inClearArea(drawExodus);

function drawExodus(data: ExodusData, state: ExodusState, size: Size): Scene {
  const { width, height } = size;
  const { text } = data;
  const format = formats(data.intl);
  const narrow = width < 480;
  const yMax = state.before ? 160_000 : 120_000;
  const yTicks = [0, 25_000, 50_000, 75_000, 100_000, 125_000, 150_000].filter((v) => v <= yMax).map((value) => ({ value, label: narrow ? format.compact(value) : format.number(value) }));
  // Room for the widest tick label (more in languages that write "25 тыс." for "25k").
  const widestTick = Math.max(...yTicks.map((t) => textWidth(t.label, FONT_SIZE)));
  const left = Math.max(narrow ? 34 : MARGIN.left, Math.ceil(widestTick) + 7);
  const x = scaleUtc()
    .domain([parseTime(START), parseTime(END)])
    .range([left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, yMax])
    .range([height - MARGIN.bottom, MARGIN.top]);
  const marks: Mark[] = [];

  // Grid and axes.
  for (const { value: tick, label } of yTicks) {
    const ty = round(y(tick));
    marks.push(mark('line', `grid:${tick}`, { class: tick === 0 ? 'viz-axis' : 'viz-grid', x1: left, x2: width - MARGIN.right, y1: ty, y2: ty }));
    marks.push(mark('text', `ytick:${tick}`, { class: 'viz-text ex-tick', x: left - 6, y: ty, dy: '0.32em', 'text-anchor': 'end' }, label));
  }
  const days = utcDay.range(parseTime(START), utcDay.offset(parseTime(END), 1));
  days.forEach((d, i) => {
    if (narrow && i % 2 === 1) return;
    const tx = round(x(d));
    marks.push(mark('line', `xtick:${i}`, { class: 'viz-axis', x1: tx, x2: tx, y1: round(y(0)), y2: round(y(0) + 5) }));
    const label = i === 0 || d.getUTCDate() === 1 ? format.dayMonth(d) : format.day(d);
    marks.push(mark('text', `xlabel:${i}`, { class: 'viz-text ex-tick', x: tx, y: round(y(0) + 5 + LINE), 'text-anchor': 'middle' }, label));
  });
  marks.push(
    mark('text', 'xcaption', { class: 'viz-text ex-tick', x: width - MARGIN.right, y: round(height - 4), 'text-anchor': 'end' }, narrow ? text.timeAxisShort : text.timeAxis),
  );

  if (state.before) marks.push(...band('before', data, y, left, width, format));
  if (state.total) marks.push(...band('total', data, y, left, width, format));

  // The counts so far: the government's as a line with dots, the others as hollow points.
  const end = utcDay.offset(parseTime(`${state.through}T00:00`), 1);
  const shown = data.points.filter((p) => parseTime(p.time) < end).sort((a, b) => a.time.localeCompare(b.time));
  const government = shown.filter((p) => p.series === 'government');
  const path = line<ExodusPoint>()
    .x((p) => x(parseTime(p.time)))
    .y((p) => y(p.value))(government);
  if (path) marks.push(mark('path', 'government-line', { class: 'ex-line', d: path }));
  for (const p of shown) {
    const approx = p.timeApproximate ? ' is-approximate' : '';
    marks.push(
      mark('circle', `point:${p.id}`, { class: `ex-point ex-point--${p.series}${approx}`, cx: round(x(parseTime(p.time))), cy: round(y(p.value)), r: p.series === 'government' ? 3 : 4.5 }),
    );
  }

  // With the band of totals shown, its label already gives the government's final count.
  const last = government.at(-1);
  if (last && !state.total) {
    const lx = x(parseTime(last.time));
    const lines = [fill(text.countBy, { count: format.number(last.value), date: format.dayMonth(parseTime(last.time)) }), text.governmentCount];
    // Left of the line's end, below it; right of it when there is no room on the left.
    const room = lx - 6 - Math.max(...lines.map((l) => textWidth(l, FONT_SIZE))) >= 0;
    lines.forEach((l, i) =>
      marks.push(
        mark(
          'text',
          `government-label:${i}`,
          { class: `viz-text ex-series-label${i ? ' ex-series-label--who' : ''}`, x: round(room ? lx - 6 : lx + 8), y: round(y(last.value) + LINE * (i + 1.1)), 'text-anchor': room ? 'end' : 'start' },
          l,
        ),
      ),
    );
  }
  const others = shown.filter((p) => p.series === 'other');
  const firstOther = others.find((p) => p.value > 10_000);
  if (firstOther) {
    marks.push(
      mark(
        'text',
        'other-label',
        { class: 'viz-text ex-series-label ex-series-label--who', x: round(x(parseTime(firstOther.time)) - 8), y: round(y(firstOther.value)), dy: '0.32em', 'text-anchor': 'end' },
        text.otherReports,
      ),
    );
  }
  return { width, height, marks };
}

const figure = (end: RangeEnd, format: Formats) => `${end.approximate ? '~' : ''}${format.number(end.value)}`;

/** A contested figure as a shaded band with who says what at each end, labelled inside the band at the left. */
function band(name: 'total' | 'before', data: ExodusData, y: (v: number) => number, left: number, width: number, format: Formats): Mark[] {
  const range = data[name];
  const { text } = data;
  const top = y(range.high.value);
  const bottom = y(range.low.value);
  const lines = [
    ...(name === 'before' ? [text.livedBefore] : []),
    `${name === 'total' ? fill(text.left, { figure: figure(range.high, format) }) : figure(range.high, format)} · ${range.high.who}`,
    `${fill(text.to, { figure: figure(range.low, format) })} · ${range.low.who}`,
  ].flatMap((l) => wrapText(l, width - MARGIN.right - left - 12, { fontPx: FONT_SIZE }));
  return [
    mark('rect', `band:${name}`, { class: `ex-band ex-band--${name}`, x: round(left), y: round(top), width: round(width - MARGIN.right - left), height: round(Math.max(2, bottom - top)) }),
    mark('line', `band:${name}:high`, { class: `ex-band-edge ex-band-edge--${name}`, x1: round(left), x2: round(width - MARGIN.right), y1: round(top), y2: round(top) }),
    mark('line', `band:${name}:low`, { class: `ex-band-edge ex-band-edge--${name}`, x1: round(left), x2: round(width - MARGIN.right), y1: round(bottom), y2: round(bottom) }),
    ...lines.map((t, i) =>
      mark('text', `band:${name}:label:${i}`, { class: `viz-text ex-band-label ex-band-label--${name}${i === 0 && name === 'before' ? ' is-title' : ''}`, x: round(left + 6), y: round(top + LINE * (i + 0.85)) }, t),
    ),
  ];
}
