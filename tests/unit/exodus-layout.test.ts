import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/text.ts';
import { exodusLayout, type ExodusData, type ExodusState } from '../../src/viz/exodus/layout.ts';
import { exodusStateSchema } from '../../src/viz/exodus/state.ts';
import type { Scene } from '../../src/viz/scene.ts';
import { en, englishText } from '../support/i18n.ts';

const data: ExodusData = {
  points: [
    { id: 'g1', time: '2023-09-25T06:00', value: 2906, series: 'government', timeApproximate: false },
    { id: 'g2', time: '2023-09-27T08:00', value: 42500, series: 'government', timeApproximate: false },
    { id: 'o1', time: '2023-09-26T12:00', value: 19000, series: 'other', timeApproximate: true },
    { id: 'g3', time: '2023-09-30T12:00', value: 100417, series: 'government', timeApproximate: true },
    { id: 'g4', time: '2023-10-02T12:00', value: 100520, series: 'government', timeApproximate: true },
  ],
  total: { low: { value: 100417, who: 'Armenian government' }, high: { value: 115183, who: 'UNHCR' } },
  before: { low: { value: 120000, who: 'Armenian government', approximate: true }, high: { value: 145053, who: 'de facto census' } },
  text: englishText.exodus,
  intl: en.format.intl,
};
const state = (s: Partial<ExodusState> = {}): ExodusState => ({ through: '2023-10-02', total: false, before: false, ...s });
const byKey = (scene: Scene) => new Map(scene.marks.map((m) => [m.key, m]));
const size = { width: 560, height: 480 };
const n = (v: unknown) => Number(v);

describe('exodusLayout', () => {
  it('draws the government count as one line through its points in time order, and other reports as hollow points', () => {
    const m = byKey(exodusLayout(data, state(), size));
    const d = String(m.get('government-line')!.attrs.d);
    expect(d.match(/[ML]/g)).toHaveLength(4);
    const x = (id: string) => n(m.get(`point:${id}`)!.attrs.cx);
    expect(x('g1')).toBeLessThan(x('o1'));
    expect(x('o1')).toBeLessThan(x('g2'));
    expect(m.get('point:o1')!.attrs.class).toContain('ex-point--other');
    expect(m.get('point:o1')!.attrs.class).toContain('is-approximate');
    expect(m.get('government-label:0')!.text).toBe('100,520 by 2 Oct');
  });

  it('places values on a linear scale from the baseline', () => {
    const m = byKey(exodusLayout(data, state(), size));
    const base = n(m.get('grid:0')!.attrs.y1);
    const rise = (id: string) => base - n(m.get(`point:${id}`)!.attrs.cy);
    expect(rise('g4') / rise('g2')).toBeCloseTo(100520 / 42500, 1);
  });

  it('shows only the counts reported up to the end of the chosen day', () => {
    const keys = exodusLayout(data, state({ through: '2023-09-27' }), size).marks.map((d) => d.key);
    expect(keys).toContain('point:g2');
    expect(keys).not.toContain('point:g3');
    expect(keys).not.toContain('point:g4');
  });

  it('adds the contested totals and the population before as attributed bands, on a taller scale', () => {
    const plain = byKey(exodusLayout(data, state(), size));
    expect(plain.has('band:total')).toBe(false);
    expect(plain.has('grid:150000')).toBe(false);
    const m = byKey(exodusLayout(data, state({ total: true, before: true }), size));
    expect(m.has('grid:150000')).toBe(true);
    const total = m.get('band:total')!;
    const before = m.get('band:before')!;
    // The total band sits below the population band: fewer left than the lowest estimate of those who lived there.
    expect(n(total.attrs.y)).toBeGreaterThan(n(before.attrs.y) + n(before.attrs.height));
    const labels = [...m.values()].filter((d) => d.key.startsWith('band:')).map((d) => d.text ?? '');
    expect(labels).toContain('Left: 115,183 · UNHCR');
    expect(labels).toContain('to 100,417 · Armenian government');
    expect(labels).toContain('to ~120,000 · Armenian government');
    expect(labels).toContain('145,053 · de facto census');
    // The band's own label gives the final count, so the line's label steps aside.
    expect(m.has('government-label:0')).toBe(false);
  });

  it('keeps the end label inside a 320 px frame however early the count stops', () => {
    const m = byKey(exodusLayout(data, state({ through: '2023-09-27' }), { width: 320, height: 420 }));
    const label = m.get('government-label:0')!;
    const w = textWidth(label.text!, 12);
    const x = n(label.attrs.x);
    const left = label.attrs['text-anchor'] === 'end' ? x - w : x;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + w).toBeLessThanOrEqual(320);
  });
});

describe('exodusStateSchema', () => {
  const schema = exodusStateSchema();
  it('defaults to the whole period without the bands', () => {
    expect(schema.parse({})).toEqual({ through: '2023-10-03', total: false, before: false });
  });
  it('names a day outside the period', () => {
    const result = schema.safeParse({ through: '2023-11-01' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['through']);
  });
});

describe('exodusLayout on a phone', () => {
  it('wraps the bands’ attributions to the width of the plot', () => {
    const long = { ...data, before: { ...data.before, low: { ...data.before.low, who: 'Armenian government and news agencies' } } };
    const scene = exodusLayout(long, state({ total: true, before: true }), { width: 320, height: 600 });
    const labels = scene.marks.filter((m) => m.key.startsWith('band:before:label:'));
    expect(labels.length).toBeGreaterThan(3);
    for (const l of labels) expect(Number(l.attrs.x) + textWidth(l.text!, 12), l.text).toBeLessThanOrEqual(320 - 14);
  });
});
