import type { RelationKind } from '../../data/schema.ts';
import { fill } from '../../i18n/fill.ts';
import { formats } from '../../i18n/format.ts';
import { boxesOverlap, type Box } from '../../lib/box.ts';
import { parseIsoDate } from '../../lib/dates.ts';
import { textWidth } from '../../lib/text.ts';
import { inClearArea, mark, round, type Mark, type Scene, type Size } from '../scene.ts';

/** One relation as the browser needs it (notes and sources stay at build time, in the data table). */
export interface ActorLink {
  source: string;
  target: string;
  kind: RelationKind;
  from: string;
  until?: string;
  /** In force, but a party says it has frozen its part since this day. */
  frozenFrom?: string;
}

/** The words the diagram writes, in the page's language ({when}, {date} filled in by the layout). */
export interface ActorsText {
  /** Each actor's name, one entry per line. */
  names: Record<string, string[]>;
  kinds: Record<RelationKind, string>;
  since: string;
  until: string;
  strained: string;
  frozen: string;
  asOf: string;
}

export interface ActorsData {
  /** Ids of the actors drawn, in the order of ACTOR_PLACES. */
  actors: string[];
  relations: ActorLink[];
  text: ActorsText;
  /** The language's Intl tag: dates are written its way. */
  intl: string;
}

/** A relation (or all relations of a kind) between two actors that a step names and labels. */
export interface RelationPick {
  between: [string, string];
  kind?: RelationKind;
}

export interface ActorsState {
  /** The picture on this day: relations not yet begun are absent, those ended are drawn broken. */
  asOf: string;
  /** Actors the step is about; the others are dimmed. */
  focus: string[];
  /** Relations the step talks about: emphasised and labelled directly. */
  relations: RelationPick[];
}

type Bloc = 'armenia' | 'azerbaijan' | 'russia' | 'west' | 'neutral';

/**
 * A stable map of the actors, as a graphics desk would draw it: Armenia in the middle with the
 * Karabakh Armenian authorities and Azerbaijan below it, Russia and the CSTO on the left, the
 * West and the ICC on the right, Turkey beside Azerbaijan. x and y are fractions of the plot area.
 */
export const ACTOR_PLACES: { id: string; bloc: Bloc; x: number; y: number; labelRight?: boolean }[] = [
  { id: 'armenia', bloc: 'armenia', x: 0.5, y: 0.34 },
  // Labelled to the right: the Armenia–Azerbaijan lines bend around it on the left.
  { id: 'nk-de-facto', bloc: 'armenia', x: 0.5, y: 0.6, labelRight: true },
  { id: 'azerbaijan', bloc: 'azerbaijan', x: 0.5, y: 0.92 },
  { id: 'turkey', bloc: 'azerbaijan', x: 0.14, y: 0.92 },
  { id: 'csto', bloc: 'russia', x: 0.1, y: 0.08 },
  { id: 'russia', bloc: 'russia', x: 0.1, y: 0.4 },
  { id: 'ukraine', bloc: 'neutral', x: 0.1, y: 0.66 },
  { id: 'icc', bloc: 'west', x: 0.68, y: 0.06 },
  { id: 'united-states', bloc: 'west', x: 0.9, y: 0.2 },
  { id: 'european-union', bloc: 'west', x: 0.9, y: 0.44 },
  { id: 'nato', bloc: 'west', x: 0.9, y: 0.68 },
  { id: 'iran', bloc: 'neutral', x: 0.86, y: 0.92 },
];

/** Ties of cooperation that criticism or conflict between the same two actors strains. */
const COOPERATION: ReadonlySet<RelationKind> = new Set(['alliance', 'military-support', 'security-treaty', 'peacekeeping']);
const FRICTION: ReadonlySet<RelationKind> = new Set(['criticism', 'conflict']);

export type EdgeStatus = 'active' | 'strained' | 'frozen' | 'ended';

/** All relations of one kind between one pair of actors, as drawn at a date. */
export interface Edge {
  key: string;
  a: string;
  b: string;
  kind: RelationKind;
  status: EdgeStatus;
  /** Relations of this kind in force on the date: more draw a thicker line. */
  strength: number;
  /** Start of the earliest relation in force, or the end of the last one for an ended edge, or the start of the strain or freeze. */
  since: string;
}

export const FONT_SIZE = 12;
const LINE = FONT_SIZE * 1.2;
const TOP = 34; // room for the date stamp
const PAD_X = 14;
const PAD_BOTTOM = 30; // room for labels under the lowest row

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const t = (iso: string) => parseIsoDate(iso).getTime();

/** The edges on a date: one per pair and kind among relations that have begun. */
export function edgesAsOf(relations: ActorLink[], asOf: string): Edge[] {
  const day = t(asOf);
  const groups = new Map<string, ActorLink[]>();
  for (const r of relations) {
    if (t(r.from) > day) continue;
    const key = `${pairKey(r.source, r.target)}|${r.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const inForce = (r: ActorLink) => !r.until || t(r.until) >= day;
  const friction = new Map<string, string>(); // pair -> start of the earliest friction in force
  for (const [key, list] of groups) {
    const live = list.filter(inForce);
    if (!FRICTION.has(list[0]!.kind) || live.length === 0) continue;
    const pair = key.split('|').slice(0, 2).join('|');
    const start = live.map((r) => r.from).sort()[0]!;
    if (!friction.has(pair) || start < friction.get(pair)!) friction.set(pair, start);
  }

  return [...groups].map(([key, list]) => {
    const { kind } = list[0]!;
    const [a, b] = key.split('|') as [string, string];
    const live = list.filter(inForce);
    const strainedSince = COOPERATION.has(kind) ? friction.get(`${a}|${b}`) : undefined;
    if (live.length === 0) {
      const ended = list.map((r) => r.until!).sort().at(-1)!;
      return { key, a, b, kind, status: 'ended', strength: 0, since: ended };
    }
    const start = live.map((r) => r.from).sort()[0]!;
    // Frozen, not ended: the tie is still there on paper, so it keeps its place and pattern.
    const frozenSince = live.every((r) => r.frozenFrom && t(r.frozenFrom) <= day) ? live.map((r) => r.frozenFrom!).sort().at(-1)! : undefined;
    if (frozenSince) return { key, a, b, kind, status: 'frozen', strength: live.length, since: frozenSince };
    return strainedSince
      ? { key, a, b, kind, status: 'strained', strength: live.length, since: strainedSince > start ? strainedSince : start }
      : { key, a, b, kind, status: 'active', strength: live.length, since: start };
  });
}

export function isPicked(edge: Pick<Edge, 'a' | 'b' | 'kind'>, picks: RelationPick[]): boolean {
  return picks.some(({ between: [x, y], kind }) => pairKey(x, y) === pairKey(edge.a, edge.b) && (!kind || kind === edge.kind));
}

/** "security treaty" / "strained since Sept 2022": the two lines of an edge's direct label. */
export function edgeLabel(edge: Edge, text: ActorsText, intl: string): [string, string] {
  const when = formats(intl).monthYear(parseIsoDate(edge.since));
  const template = { active: text.since, ended: text.until, strained: text.strained, frozen: text.frozen }[edge.status];
  return [text.kinds[edge.kind], fill(template, { when })];
}

interface Point {
  x: number;
  y: number;
}

/** The actors diagram, drawn whole in the part of the frame that nothing covers (see inClearArea). */
export const actorsLayout = inClearArea(drawActors);

function drawActors(data: ActorsData, state: ActorsState, size: Size): Scene {
  const { width, height } = size;
  const places = ACTOR_PLACES.filter((p) => data.actors.includes(p.id));
  const plotW = width - 2 * PAD_X;
  const plotH = Math.max(60, height - TOP - PAD_BOTTOM);
  const at = new Map<string, Point>(places.map((p) => [p.id, { x: PAD_X + p.x * plotW, y: TOP + p.y * plotH }]));
  const focus = new Set(state.focus);
  const edges = edgesAsOf(
    data.relations.filter((r) => at.has(r.source) && at.has(r.target)),
    state.asOf,
  );

  const marks: Mark[] = [];
  const labels: Mark[] = [];
  // Edge labels keep clear of the actors' names.
  const nameOf = (id: string) => data.text.names[id] ?? [id];
  const taken: Box[] = places.map((p) => nodeLabelBox(p, nameOf(p.id), at.get(p.id)!, width));

  // Parallel edges between the same pair bow apart; an edge whose straight line would cross a node bends around it.
  const byPair = new Map<string, Edge[]>();
  for (const e of edges) byPair.set(`${e.a}|${e.b}`, [...(byPair.get(`${e.a}|${e.b}`) ?? []), e]);
  for (const [pair, list] of byPair) {
    const [a, b] = pair.split('|') as [string, string];
    const p = at.get(a)!;
    const q = at.get(b)!;
    const bend = crossesNode(p, q, [...at].filter(([id]) => id !== a && id !== b).map(([, v]) => v)) ? 40 : 0;
    list.forEach((edge, i) => {
      const offset = bend + (i - (list.length - 1) / 2) * 14;
      const { path, mid, normal } = curve(p, q, offset);
      const picked = isPicked(edge, state.relations);
      const touchesFocus = focus.has(edge.a) || focus.has(edge.b);
      // Three levels: the relations the step names, the rest of the focus actors' ties, everything else.
      const emphasis = picked ? ' is-picked' : focus.size > 0 && !touchesFocus ? ' is-context' : state.relations.length > 0 ? ' is-secondary' : '';
      const status = edge.status === 'active' ? '' : ` is-${edge.status}`;
      const strokeWidth = edge.status === 'ended' ? 1.25 : 1.25 + edge.strength * 1.25 + (picked ? 0.75 : 0);
      marks.push(
        mark('path', `edge:${edge.key}`, { class: `ac-edge ac-edge--${edge.kind}${status}${emphasis}`, d: path, 'stroke-width': round(strokeWidth) }),
      );
      if (edge.status === 'ended') marks.push(mark('path', `break:${edge.key}`, { class: `ac-break${emphasis}`, d: breakMark(mid, normal) }));
      if (edge.status === 'strained') marks.push(mark('path', `strain:${edge.key}`, { class: `ac-strain${emphasis}`, d: strainMark(mid, normal) }));
      if (edge.status === 'frozen') marks.push(mark('path', `pause:${edge.key}`, { class: `ac-pause${emphasis}`, d: pauseMark(mid, normal) }));
      if (picked) labels.push(...edgeLabelMarks(edgeLabel(edge, data.text, data.intl), edge, mid, normal, taken, size));
    });
  }

  for (const p of places) {
    const { x, y } = at.get(p.id)!;
    const level = focus.size === 0 ? '' : focus.has(p.id) ? ' is-focus' : ' is-dim';
    const r = nodeRadius(p.id);
    marks.push(mark('circle', `node:${p.id}`, { class: `ac-node ac-node--${p.bloc}${level}`, cx: round(x), cy: round(y), r }));
    const box = nodeLabelBox(p, nameOf(p.id), { x, y }, width);
    nameOf(p.id).forEach((line, i) =>
      marks.push(
        mark(
          'text',
          `name:${p.id}:${i}`,
          { class: `viz-text ac-name${level}`, x: round(p.labelRight ? box.x0 : (box.x0 + box.x1) / 2), y: round(box.y0 + LINE * (i + 0.8)), 'text-anchor': p.labelRight ? 'start' : 'middle' },
          line,
        ),
      ),
    );
  }

  const asOf = fill(data.text.asOf, { date: formats(data.intl).date(state.asOf) });
  marks.push(mark('text', 'as-of', { class: 'viz-text ac-date', x: round(width / 2), y: 16, 'text-anchor': 'middle' }, asOf));
  return { width, height, marks: [...marks, ...labels] };
}

/** Armenia, whose alignment is the story, is drawn larger. */
const nodeRadius = (id: string) => (id === 'armenia' ? 10 : 7);

/** Where an actor's name goes: centred below its dot (kept inside the frame), or to its right. */
function nodeLabelBox(place: (typeof ACTOR_PLACES)[number], name: string[], p: Point, width: number): Box {
  const w = Math.max(...name.map((l) => textWidth(l, FONT_SIZE)));
  const h = LINE * name.length;
  const r = nodeRadius(place.id);
  if (place.labelRight) return { x0: p.x + r + 4, y0: p.y - h / 2, x1: p.x + r + 4 + w, y1: p.y + h / 2 };
  const cx = Math.min(width - w / 2 - 2, Math.max(w / 2 + 2, p.x));
  return { x0: cx - w / 2, y0: p.y + r + 1, x1: cx + w / 2, y1: p.y + r + 1 + h };
}

/** A quadratic curve from p to q whose middle sits `offset` px to the side of the straight line. */
export function curve(p: Point, q: Point, offset: number): { path: string; mid: Point; normal: Point } {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len = Math.hypot(dx, dy) || 1;
  const normal = { x: -dy / len, y: dx / len };
  const mid = { x: (p.x + q.x) / 2 + normal.x * offset, y: (p.y + q.y) / 2 + normal.y * offset };
  // The control point lies twice as far out as the curve's midpoint.
  const c = { x: (p.x + q.x) / 2 + normal.x * offset * 2, y: (p.y + q.y) / 2 + normal.y * offset * 2 };
  return { path: `M${round(p.x)},${round(p.y)}Q${round(c.x)},${round(c.y)} ${round(q.x)},${round(q.y)}`, mid, normal };
}

function crossesNode(p: Point, q: Point, others: Point[]): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len2 = dx * dx + dy * dy || 1;
  return others.some((o) => {
    const s = ((o.x - p.x) * dx + (o.y - p.y) * dy) / len2;
    if (s <= 0.05 || s >= 0.95) return false;
    return Math.hypot(p.x + s * dx - o.x, p.y + s * dy - o.y) < 22;
  });
}

/** Two short slanted strokes across the line: the relation has ended. */
function breakMark(m: Point, n: Point): string {
  const tx = -n.y; // along the edge
  const ty = n.x;
  const seg = (shift: number) => {
    const cx = m.x + tx * shift;
    const cy = m.y + ty * shift;
    const ax = n.x * 7 + tx * 3;
    const ay = n.y * 7 + ty * 3;
    return `M${round(cx - ax)},${round(cy - ay)}L${round(cx + ax)},${round(cy + ay)}`;
  };
  return seg(-3) + seg(3);
}

/** Two bars across the line, like a pause sign: the relation holds on paper but one party has frozen its part. */
function pauseMark(m: Point, n: Point): string {
  const tx = -n.y;
  const ty = n.x;
  const bar = (shift: number) =>
    `M${round(m.x + tx * shift - n.x * 5)},${round(m.y + ty * shift - n.y * 5)}L${round(m.x + tx * shift + n.x * 5)},${round(m.y + ty * shift + n.y * 5)}`;
  return bar(-3.5) + bar(3.5);
}

/** A zigzag across the line: the relation holds on paper but is strained. */
function strainMark(m: Point, n: Point): string {
  const tx = -n.y;
  const ty = n.x;
  const pts = [-6, -2, 2, 6].map((s, i) => ({ x: m.x + tx * s + n.x * (i % 2 ? -5 : 5), y: m.y + ty * s + n.y * (i % 2 ? -5 : 5) }));
  return pts.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)},${round(p.y)}`).join('');
}

/** The picked edge's two-line label beside its middle, moved outwards until it clears other labels. */
function edgeLabelMarks(lines: [string, string], edge: Edge, mid: Point, normal: Point, taken: Box[], { width, height }: Size): Mark[] {
  const w = Math.max(...lines.map((l, i) => textWidth(l, i ? FONT_SIZE - 1 : FONT_SIZE)));
  const h = LINE * 2;
  const fits = (b: Box) => b.x0 >= 0 && b.x1 <= width && b.y0 >= TOP - 10 && b.y1 <= height;
  const boxAt = (d: number): Box => {
    const cx = mid.x + normal.x * d;
    const cy = mid.y + normal.y * d - h / 2;
    return { x0: cx - w / 2, y0: cy, x1: cx + w / 2, y1: cy + h };
  };
  // Try ever further out on alternate sides of the line; failing that, the nearest spot inside the frame.
  // Far enough out that the box clears the line (and its strain or break mark) in the normal's direction.
  const clear = Math.abs(normal.x) * (w / 2) + Math.abs(normal.y) * (h / 2) + 6;
  const candidates = [0, 10, 20, 35, 50, 70].flatMap((d) => [boxAt(clear + d), boxAt(-clear - d)]);
  const box = candidates.find((b) => fits(b) && !taken.some((o) => boxesOverlap(o, b))) ?? candidates.find(fits) ?? candidates[0]!;
  taken.push(box);
  const cx = (box.x0 + box.x1) / 2;
  const cls = `viz-text ac-edge-label ac-edge-label--${edge.kind}${edge.status === 'active' ? '' : ` is-${edge.status}`}`;
  return lines.map((line, i) =>
    mark('text', `label:${edge.key}:${i}`, { class: i ? `${cls} ac-edge-label--status` : cls, x: round(cx), y: round(box.y0 + LINE * (i + 0.8)), 'text-anchor': 'middle' }, line),
  );
}
