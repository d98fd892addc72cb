import { scaleLinear } from 'd3-scale';
import { formats, type Formats } from '../../i18n/format.ts';
import { line } from 'd3-shape';
import { inClearArea, mark, round, type Mark, type Scene, type Size } from '../scene.ts';
import { boxesOverlap, centredBox, type Box } from '../../lib/box.ts';
import { textWidth, wrapText } from '../../lib/text.ts';

/** One census or estimate, as the browser needs it. */
export interface PopulationRow {
  id: string;
  year: number;
  /** 'nkao': the Soviet oblast; 'held': the (different, changing) area held by the de facto authorities. */
  territory: 'nkao' | 'held';
  total: number | null;
  /** Lowest and highest figure, when the source gives a range rather than a total. */
  range?: [number, number];
  approximate: boolean;
  /** Shares of the total, in %, where a source gives them (or a count does). */
  armenians: number | null;
  azerbaijanis: number | null;
  /** Short name of the figure under its bar, e.g. "2023, after". */
  label: string;
}

/** The words the chart writes, in the page's language. */
export interface PopulationText {
  eraNkao: string;
  eraHeld: string;
  noTotal: string;
  totalsNotConfirmed: string;
  armenians: string;
  azerbaijanis: string;
  sharesTitle: string;
}

export interface PopulationData {
  rows: PopulationRow[];
  text: PopulationText;
  /** The language's Intl tag: numbers are written its way. */
  intl: string;
}

export interface PopulationState {
  /** Records the step talks about, by id: drawn in full, the others lighter. */
  highlight: string[];
  /** Adds the panel of ethnic shares from the Soviet censuses. */
  shares: boolean;
}

export const FONT_SIZE = 12;
const LINE = FONT_SIZE * 1.25;
const MARGIN = { top: 8, right: 12, bottom: 8, left: 12 };
const AXIS_H = 34; // year labels under the bars (two staggered rows)
const PANEL_GAP = 30;
export const MIN_HEIGHT_FOR_SHARES = 300;
/** The break between the Soviet oblast and the area held after independence was declared. */
export const ERA_BREAK = 1991;

/** The population chart, drawn whole in the part of the frame that nothing covers (see inClearArea). */
export const populationLayout = inClearArea(drawPopulation);

/** Population by census year, with a break where the territory counted changes, and (optionally) the ethnic shares. */
function drawPopulation({ rows, text: words, intl }: PopulationData, state: PopulationState, size: Size): Scene {
  const { width, height } = size;
  const format = formats(intl);
  // Two time scales either side of the break: the territory counted changes there, and the
  // later censuses, close in time, need the room.
  const split = MARGIN.left + (width - MARGIN.left - MARGIN.right) * 0.52;
  const x = scaleLinear()
    .domain([1920, ERA_BREAK, 2027])
    .range([MARGIN.left, split, width - MARGIN.right]);
  // The shares panel needs room of its own: on a short canvas the bars keep it all (the data table has the shares).
  const withShares = state.shares && height >= MIN_HEIGHT_FOR_SHARES;
  const sharesH = withShares ? Math.max(90, Math.round((height - MARGIN.top - MARGIN.bottom) * 0.38)) : 0;
  const totalsTop = MARGIN.top + LINE * 2 + 6; // room for the era captions
  const totalsBottom = Math.max(totalsTop + LINE * 2, height - MARGIN.bottom - (withShares ? sharesH + PANEL_GAP : 0) - AXIS_H);
  const max = Math.max(...rows.map((r) => r.total ?? r.range?.[1] ?? 0));
  const y = scaleLinear()
    .domain([0, max * 1.12])
    .range([totalsBottom, totalsTop + LINE]);
  const barW = Math.max(8, Math.min(26, (width - MARGIN.left - MARGIN.right) / 26));
  const narrow = width < 480;
  const highlighted = (r: PopulationRow) => state.highlight.length === 0 || state.highlight.includes(r.id);

  const marks: Mark[] = [];
  // Where two figures share a year (before and after the exodus), they stand side by side.
  const sameYear = (r: PopulationRow) => rows.filter((o) => o.year === r.year && (o.total !== null || o.range));
  const centre = (r: PopulationRow) => {
    const group = sameYear(r);
    const i = group.indexOf(r);
    return x(r.year) + (i - (group.length - 1) / 2) * (barW + 2);
  };

  // The era break and its captions.
  const bx = round(x(ERA_BREAK));
  marks.push(mark('line', 'era-break', { class: 'pop-break', x1: bx, x2: bx, y1: MARGIN.top, y2: totalsBottom }));
  const captions: [string, string, number, 'end' | 'start'][] = [
    ['era:nkao', words.eraNkao, bx - 6, 'end'],
    ['era:held', words.eraHeld, bx + 6, 'start'],
  ];
  for (const [key, text, cx, anchor] of captions) {
    const room = anchor === 'end' ? cx - MARGIN.left : width - MARGIN.right - cx;
    wrapText(text, room, { fontPx: FONT_SIZE, minChars: 8 })
      .slice(0, 2)
      .forEach((l, i) => marks.push(mark('text', `${key}:${i}`, { class: 'viz-text pop-era', x: round(cx), y: round(MARGIN.top + LINE * (i + 0.8)), 'text-anchor': anchor }, l)));
  }
  marks.push(mark('line', 'baseline', { class: 'viz-axis', x1: MARGIN.left, x2: width - MARGIN.right, y1: round(totalsBottom), y2: round(totalsBottom) }));

  const labelled: { cx: number; text: string; key: string }[] = [];
  for (const r of rows) {
    const value = r.total ?? r.range?.[1];
    const cx = centre(r);
    const dim = highlighted(r) ? '' : ' is-dim';
    if (value === undefined || value === null) {
      // A census whose total is not confirmed: a hollow stub on the baseline, no bar.
      marks.push(mark('rect', `bar:${r.id}`, { class: `pop-missing${dim}`, x: round(cx - barW / 4), y: round(totalsBottom - 6), width: round(barW / 2), height: 6 }));
      continue;
    }
    const x0 = round(cx - barW / 2);
    const segments = composition(r).filter((s) => s.share > 0);
    let top = totalsBottom;
    for (const s of segments) {
      const h = ((totalsBottom - y(value)) * s.share) / 100;
      marks.push(mark('rect', `bar:${r.id}:${s.group}`, { class: `pop-bar pop-bar--${s.group}${dim}`, x: x0, y: round(top - h), width: round(barW), height: round(Math.max(h, 0)) }));
      top -= h;
    }
    if (r.approximate || r.range) marks.push(mark('rect', `outline:${r.id}`, { class: `pop-approx${dim}`, x: x0, y: round(y(value)), width: round(barW), height: round(totalsBottom - y(value)) }));
    const text = r.range ? `${format.number(r.range[0])}–${format.number(r.range[1])}` : `${r.approximate ? '~' : ''}${narrow ? format.compact(value, 3) : format.number(value)}`;
    const ly = y(value) - 4;
    const lx = insideFrame(cx, text, width);
    labelled.push({ cx: lx, text, key: `value:${r.id}` });
    marks.push(mark('text', `value:${r.id}`, { class: `viz-text pop-value${dim}`, x: round(lx), y: round(ly), 'text-anchor': 'middle' }, text));
  }
  marks.push(...groupLabels(rows, centre, y, barW, words));
  const missing = rows.filter((r) => r.total === null && !r.range);
  if (missing.length > 1) {
    const mx = (centre(missing[0]!) + centre(missing.at(-1)!)) / 2;
    marks.push(mark('text', 'missing-note', { class: 'viz-text pop-era', x: round(mx), y: round(totalsBottom - 12), 'text-anchor': 'middle' }, narrow ? words.noTotal : words.totalsNotConfirmed));
  }
  marks.push(...yearLabels(rows.filter((r) => r.total !== null || r.range), (r) => insideFrame(centre(r), r.label, width), totalsBottom, highlighted));

  if (withShares) marks.push(...sharesPanel(rows, x, height - MARGIN.bottom - sharesH, height - MARGIN.bottom, size, highlighted, words, format));
  avoidValueOverlaps(marks, labelled);
  return { width, height, marks };
}

/** The centre of a middle-anchored label, moved in so the whole label stays inside the frame. */
function insideFrame(cx: number, text: string, width: number): number {
  const half = textWidth(text, FONT_SIZE) / 2;
  return Math.min(width - half - 2, Math.max(half + 2, cx));
}

/** Bar segments from the bottom: Armenians, Azerbaijanis, then the rest; 'unknown' where no source gives a breakdown. */
export function composition(r: PopulationRow): { group: 'armenians' | 'azerbaijanis' | 'rest' | 'unknown'; share: number }[] {
  if (r.armenians === null && r.azerbaijanis === null) return [{ group: 'unknown', share: 100 }];
  const arm = r.armenians ?? 0;
  const aze = r.azerbaijanis ?? 0;
  return [
    { group: 'armenians', share: arm },
    { group: 'azerbaijanis', share: aze },
    { group: 'rest', share: Math.max(0, 100 - arm - aze) },
  ];
}

/** Names the groups directly, left of the first bar that shows both (so no legend is needed). */
function groupLabels(rows: PopulationRow[], centre: (r: PopulationRow) => number, y: (v: number) => number, barW: number, words: PopulationText): Mark[] {
  const r = [...rows].reverse().find((d) => d.total !== null && d.armenians !== null && d.azerbaijanis !== null);
  if (!r) return [];
  const x = round(centre(r) - barW / 2 - 4);
  const base = y(0);
  const top = y(r.total!);
  const armMid = base - ((base - top) * r.armenians!) / 200;
  const azeMid = base - ((base - top) * (r.armenians! + r.azerbaijanis! / 2)) / 100;
  return [
    mark('text', 'group:armenians', { class: 'viz-text pop-share-label pop-share-label--armenians', x, y: round(armMid), dy: '0.32em', 'text-anchor': 'end' }, words.armenians),
    mark('text', 'group:azerbaijanis', { class: 'viz-text pop-share-label pop-share-label--azerbaijanis', x, y: round(azeMid), dy: '0.32em', 'text-anchor': 'end' }, words.azerbaijanis),
  ];
}

/** Year labels under the bars, dropped to a second row where two would touch. */
function yearLabels(rows: PopulationRow[], centre: (r: PopulationRow) => number, baseline: number, highlighted: (r: PopulationRow) => boolean): Mark[] {
  const rightEdge = [-Infinity, -Infinity];
  return rows.map((r) => {
    const cx = centre(r);
    const half = textWidth(r.label, FONT_SIZE) / 2;
    const row = cx - half > rightEdge[0]! + 3 ? 0 : 1;
    rightEdge[row] = cx + half;
    return mark(
      'text',
      `year:${r.id}`,
      { class: `viz-text pop-year${highlighted(r) ? '' : ' is-dim'}`, x: round(cx), y: round(baseline + LINE * (row + 1)), 'text-anchor': 'middle' },
      r.label,
    );
  });
}

/** Value labels of neighbouring bars (2015, 2023) can collide: lift the later one a line. */
function avoidValueOverlaps(marks: Mark[], labelled: { cx: number; text: string; key: string }[]) {
  const byKey = new Map(marks.map((m) => [m.key, m]));
  const placed: Box[] = [];
  for (const l of labelled) {
    const m = byKey.get(l.key)!;
    const box = (y: number) => centredBox(l.cx, y, textWidth(l.text, FONT_SIZE), LINE);
    let yy = Number(m.attrs.y);
    while (placed.some((p) => boxesOverlap(p, box(yy)))) yy -= LINE;
    m.attrs.y = round(yy);
    placed.push(box(yy));
  }
}

/** Shares of Armenians and Azerbaijanis in the Soviet censuses: points joined only where consecutive censuses both have one. */
function sharesPanel(
  rows: PopulationRow[],
  x: (year: number) => number,
  top: number,
  bottom: number,
  { width }: Size,
  highlighted: (r: PopulationRow) => boolean,
  words: PopulationText,
  format: Formats,
): Mark[] {
  const soviet = rows.filter((r) => r.territory === 'nkao');
  const y = scaleLinear().domain([0, 100]).range([bottom - 4, top + LINE * 1.6]);
  const marks: Mark[] = [
    mark('text', 'shares:title', { class: 'viz-text pop-panel-title', x: MARGIN.left, y: round(top + LINE * 0.8) }, words.sharesTitle),
  ];
  for (const tick of [0, 50, 100]) {
    marks.push(mark('line', `shares:grid:${tick}`, { class: 'viz-grid', x1: MARGIN.left, x2: round(x(1989) + 8), y1: round(y(tick)), y2: round(y(tick)) }));
    marks.push(mark('text', `shares:tick:${tick}`, { class: 'viz-text pop-tick', x: MARGIN.left, y: round(y(tick) - 3) }, format.percent(tick)));
  }
  const endLabels: { key: string; text: string; y: number; cls: string }[] = [];
  for (const group of ['armenians', 'azerbaijanis'] as const) {
    const points = soviet.filter((r) => r[group] !== null).map((r) => ({ r, share: r[group]! }));
    // A solid line only between censuses that are next to each other; a gap in the data is drawn dashed.
    const consecutive = points.every((p) => soviet.indexOf(p.r) === soviet.indexOf(points[0]!.r) + points.indexOf(p));
    const path = line<{ r: PopulationRow; share: number }>()
      .x((p) => x(p.r.year))
      .y((p) => y(p.share))(points);
    if (path && points.length > 1) marks.push(mark('path', `shares:line:${group}`, { class: `pop-share-line pop-share-line--${group}${consecutive ? '' : ' is-gap'}`, d: path }));
    for (const p of points)
      marks.push(mark('circle', `shares:dot:${group}:${p.r.id}`, { class: `pop-share-dot pop-share-dot--${group}${highlighted(p.r) ? '' : ' is-dim'}`, cx: round(x(p.r.year)), cy: round(y(p.share)), r: 3.5 }));
    const last = points.at(-1);
    if (last) endLabels.push({ key: `shares:label:${group}`, text: `${words[group]} ${format.percent(last.share, 1)}`, y: y(last.share), cls: `viz-text pop-share-label pop-share-label--${group}` });
  }
  // Direct labels right of the last census, kept a line apart.
  endLabels.sort((a, b) => a.y - b.y);
  endLabels.forEach((l, i) => {
    if (i > 0) l.y = Math.max(l.y, endLabels[i - 1]!.y + LINE);
  });
  const lx = Math.min(x(1989) + 14, width - MARGIN.right - 100);
  for (const l of endLabels) marks.push(mark('text', l.key, { class: l.cls, x: round(lx), y: round(l.y), dy: '0.32em' }, l.text));
  return marks;
}
