import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/text.ts';
import { MIN_HEIGHT_FOR_SHARES, composition, populationLayout, type PopulationData, type PopulationRow, type PopulationState } from '../../src/viz/population/layout.ts';
import { populationStateSchema } from '../../src/viz/population/state.ts';
import type { Scene } from '../../src/viz/scene.ts';
import { en, englishText } from '../support/i18n.ts';

const row = (r: Partial<PopulationRow> & Pick<PopulationRow, 'id' | 'year'>): PopulationRow => ({
  territory: r.year < 1991 ? 'nkao' : 'held',
  total: null,
  approximate: false,
  armenians: null,
  azerbaijanis: null,
  label: String(r.year),
  ...r,
});
const rows: PopulationRow[] = [
  row({ id: 'c1926', year: 1926, total: 125200, armenians: 89.2, azerbaijanis: 10.06 }),
  row({ id: 'c1939', year: 1939, azerbaijanis: 9.32 }),
  row({ id: 'c1979', year: 1979, azerbaijanis: 22.98 }),
  row({ id: 'c1989', year: 1989, total: 189100, armenians: 76.9, azerbaijanis: 21.52 }),
  row({ id: 'c2015', year: 2015, total: 145053, armenians: 99.74 }),
  row({ id: 'before', year: 2023, total: 120000, approximate: true }),
  row({ id: 'after', year: 2023, range: [50, 1000], label: 'after' }),
];
const data: PopulationData = { rows, text: englishText.population, intl: en.format.intl };
const state = (s: Partial<PopulationState> = {}): PopulationState => ({ highlight: [], shares: true, ...s });
const byKey = (scene: Scene) => new Map(scene.marks.map((m) => [m.key, m]));
const n = (v: string | number | undefined) => Number(v);
const size = { width: 560, height: 560 };

describe('composition', () => {
  it('stacks Armenians, Azerbaijanis and the rest to 100%', () => {
    expect(composition(rows[0]!).map((s) => [s.group, Math.round(s.share * 100) / 100])).toEqual([
      ['armenians', 89.2],
      ['azerbaijanis', 10.06],
      ['rest', 0.74],
    ]);
  });
  it('draws a bar with no breakdown as unknown rather than as "others"', () => {
    expect(composition(rows[5]!)).toEqual([{ group: 'unknown', share: 100 }]);
  });
});

describe('populationLayout', () => {
  it('makes bar heights proportional to the totals, on one baseline', () => {
    const m = byKey(populationLayout(data, state(), size));
    const height = (id: string) =>
      [...m.values()].filter((d) => d.key.startsWith(`bar:${id}:`)).reduce((sum, d) => sum + n(d.attrs.height), 0);
    expect(height('c1989') / height('c1926')).toBeCloseTo(189100 / 125200, 1);
    expect(height('before') / height('c2015')).toBeCloseTo(120000 / 145053, 1);
    const bottom = (key: string) => n(m.get(key)!.attrs.y) + n(m.get(key)!.attrs.height);
    expect(bottom('bar:c1926:armenians')).toBeCloseTo(bottom('bar:c2015:armenians'), 1);
  });

  it('splits a bar by group in the stated shares', () => {
    const m = byKey(populationLayout(data, state(), size));
    const arm = n(m.get('bar:c1989:armenians')!.attrs.height);
    const aze = n(m.get('bar:c1989:azerbaijanis')!.attrs.height);
    expect(arm / aze).toBeCloseTo(76.9 / 21.52, 1);
  });

  it('puts the years in order left to right and separates the Soviet oblast from the later area', () => {
    const m = byKey(populationLayout(data, state(), size));
    const x = (id: string) => n(m.get(`year:${id}`)!.attrs.x);
    expect(x('c1926')).toBeLessThan(x('c1989'));
    expect(x('c1989')).toBeLessThan(n(m.get('era-break')!.attrs.x1));
    expect(n(m.get('era-break')!.attrs.x1)).toBeLessThan(x('c2015'));
    // The two 2023 figures stand side by side, before then after.
    expect(x('before')).toBeLessThan(x('after'));
  });

  it('marks estimates and ranges as such, and draws no bar where the total is not confirmed', () => {
    const m = byKey(populationLayout(data, state(), size));
    expect(m.get('value:before')!.text).toBe('~120,000');
    expect(m.get('value:after')!.text).toBe('50–1,000');
    expect(m.has('outline:before')).toBe(true);
    expect(m.has('outline:c1989')).toBe(false);
    expect(m.get('bar:c1939')!.attrs.class).toContain('pop-missing');
    expect([...m.keys()].some((k) => k.startsWith('bar:c1939:'))).toBe(false);
  });

  it('shows the shares panel only when asked, with direct labels at the last census', () => {
    const withShares = byKey(populationLayout(data, state(), size));
    expect(withShares.get('shares:label:armenians')!.text).toBe('Armenians 76.9%');
    expect(withShares.get('shares:label:azerbaijanis')!.text).toBe('Azerbaijanis 21.5%');
    // Armenian shares are known for 1926 and 1989 only: the line between them is marked as a gap.
    expect(withShares.get('shares:line:armenians')!.attrs.class).toContain('is-gap');
    expect(withShares.get('shares:line:azerbaijanis')!.attrs.class).not.toContain('is-gap');
    const without = populationLayout(data, state({ shares: false }), size);
    expect(without.marks.some((d) => d.key.startsWith('shares:'))).toBe(false);
  });

  it('dims the records a step does not highlight', () => {
    const m = byKey(populationLayout(data, state({ highlight: ['c1989'] }), size));
    expect(m.get('bar:c1989:armenians')!.attrs.class).not.toContain('is-dim');
    expect(m.get('bar:c1926:armenians')!.attrs.class).toContain('is-dim');
  });

  it('keeps every label inside a 320 px wide frame and shortens the numbers there', () => {
    const scene = populationLayout(data, state(), { width: 320, height: 480 });
    const m = byKey(scene);
    expect(m.get('value:c1989')!.text).toBe('189k');
    for (const t of scene.marks.filter((d) => d.tag === 'text')) {
      const w = textWidth(t.text!, 12);
      const x = n(t.attrs.x);
      const left = t.attrs['text-anchor'] === 'middle' ? x - w / 2 : t.attrs['text-anchor'] === 'end' ? x - w : x;
      expect(left, t.key).toBeGreaterThanOrEqual(-2);
      expect(left + w, t.key).toBeLessThanOrEqual(322);
    }
  });
});

describe('populationStateSchema', () => {
  it('names an unknown record', () => {
    const result = populationStateSchema(rows).safeParse({ highlight: ['c1926', 'c2099'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['highlight', 1]);
    expect(result.error!.issues[0]!.message).toContain('unknown record "c2099"');
  });
});

describe('populationLayout on a short canvas', () => {
  it('gives the bars all the room and never draws a negative height', () => {
    for (const height of [120, 192, MIN_HEIGHT_FOR_SHARES - 1]) {
      const scene = populationLayout(data, state({ shares: true }), { width: 600, height });
      expect(scene.marks.some((d) => d.key.startsWith('shares:'))).toBe(false);
      for (const m of scene.marks.filter((d) => d.tag === 'rect')) expect(Number(m.attrs.height), `${m.key} at ${height}px`).toBeGreaterThanOrEqual(0);
    }
    expect(populationLayout(data, state({ shares: true }), { width: 600, height: MIN_HEIGHT_FOR_SHARES }).marks.some((d) => d.key.startsWith('shares:'))).toBe(true);
  });
});
