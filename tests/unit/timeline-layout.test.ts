import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/text.ts';
import type { Mark, Scene } from '../../src/viz/scene.ts';
import { timelineLayout, type TimelineData, type TimelineItem, type TimelineState } from '../../src/viz/timeline/layout.ts';

const items: TimelineItem[] = [
  { id: 'war', date: '1988-02-20', dateEnd: '1994-05-12', title: 'First war' },
  { id: 'ceasefire', date: '1994-05-12', title: 'Ceasefire' },
  { id: 'war-2020', date: '2020-09-27', dateEnd: '2020-11-10', title: 'Second war lasting forty-four days' },
  { id: 'blockade', date: '2022-12-12', dateEnd: '2023-09-30', title: 'Lachin corridor blockade begins' },
  { id: 'offensive', date: '2023-09-19', dateEnd: '2023-09-20', title: 'Azerbaijan launches a one-day offensive' },
  { id: 'partial', date: '1993-07', title: 'Month-precision event' },
];
const data: TimelineData = { items, intl: 'en-GB' };
const size = { width: 400, height: 600 };
const state = (s: Partial<TimelineState>): TimelineState => ({ from: '1985', to: '2024', label: [], ...s });

const byKey = (scene: Scene) => new Map(scene.marks.map((m) => [m.key, m]));
const num = (m: Mark | undefined, attr: string) => Number(m!.attrs[attr]);

describe('timelineLayout', () => {
  it('places events top to bottom in date order along the axis', () => {
    const marks = byKey(timelineLayout(data, state({}), size));
    const y = (id: string) => num(marks.get(`event:${id}`), marks.get(`event:${id}`)!.tag === 'circle' ? 'cy' : 'y');
    expect(y('war')).toBeLessThan(y('partial'));
    expect(y('partial')).toBeLessThan(y('ceasefire'));
    expect(y('ceasefire')).toBeLessThan(y('war-2020'));
    expect(y('war-2020')).toBeLessThan(y('offensive'));
  });

  it('draws dated points as circles and periods as bars as tall as they last', () => {
    const marks = byKey(timelineLayout(data, state({}), size));
    expect(marks.get('event:ceasefire')!.tag).toBe('circle');
    const war = marks.get('event:war')!;
    expect(war.tag).toBe('rect');
    // 1988-02 to 1994-05 is about 6.2 of the 39 years shown, over 560 px of axis.
    expect(num(war, 'height')).toBeCloseTo((6.23 / 39) * 560, -1);
  });

  it('keeps the axis inside the frame at any size', () => {
    for (const s of [{ width: 320, height: 400 }, { width: 900, height: 1000 }]) {
      const scene = timelineLayout(data, state({}), s);
      for (const m of scene.marks.filter((d) => d.tag === 'circle')) {
        expect(num(m, 'cy')).toBeGreaterThanOrEqual(0);
        expect(num(m, 'cy')).toBeLessThanOrEqual(s.height);
      }
      expect(scene.width).toBe(s.width);
      expect(scene.height).toBe(s.height);
    }
  });

  it('shows only the events inside the visible window', () => {
    const keys = [...byKey(timelineLayout(data, state({ from: '2020-01-01', to: '2023-12-31' }), size)).keys()];
    expect(keys).toContain('event:offensive');
    expect(keys).toContain('event:war-2020');
    expect(keys).not.toContain('event:war');
    expect(keys).not.toContain('event:ceasefire');
  });

  it('shades the highlighted period and marks the events in it', () => {
    const scene = timelineLayout(data, state({ highlight: { from: '2023-09-19', to: '2023-09-20' } }), size);
    const marks = byKey(scene);
    expect(marks.get('highlight')!.tag).toBe('rect');
    expect(String(marks.get('event:offensive')!.attrs.class)).toContain('is-highlighted');
    // The blockade ran until 30 September, so it overlaps the highlighted days.
    expect(String(marks.get('event:blockade')!.attrs.class)).toContain('is-highlighted');
    expect(String(marks.get('event:war')!.attrs.class)).not.toContain('is-highlighted');
    expect(timelineLayout(data, state({}), size).marks.some((m) => m.key === 'highlight')).toBe(false);
  });

  it('labels the requested events with their date and title, wrapped to the width', () => {
    const scene = timelineLayout(data, state({ label: ['offensive', 'war-2020'] }), { width: 320, height: 600 });
    const labels = scene.marks.filter((m) => m.key.startsWith('label:offensive:'));
    expect(labels[0]!.text).toBe('19\u2009–\u200920 Sept 2023');
    expect(labels.slice(1).map((m) => m.text).join(' ')).toBe('Azerbaijan launches a one-day offensive');
    for (const m of scene.marks.filter((d) => d.tag === 'text' && d.key.startsWith('label:'))) {
      expect(textWidth(m.text!, 13) + num(m, 'x')).toBeLessThanOrEqual(320 + 1);
    }
    expect(scene.marks.some((m) => m.key === 'leader:offensive')).toBe(true);
    expect(scene.marks.some((m) => m.key.startsWith('label:war:'))).toBe(false);
  });

  it('never lets labels of events on nearly the same date overlap', () => {
    const crowded = state({ from: '2020-01-01', to: '2024-01-01', label: ['war-2020', 'blockade', 'offensive'] });
    const scene = timelineLayout(data, crowded, { width: 360, height: 300 });
    const blocks = ['war-2020', 'blockade', 'offensive'].map((id) => {
      const lines = scene.marks.filter((m) => m.key.startsWith(`label:${id}:`)).map((m) => num(m, 'y'));
      return { top: Math.min(...lines) - 13, bottom: Math.max(...lines) };
    });
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.top).toBeGreaterThanOrEqual(blocks[i - 1]!.bottom);
    for (const b of blocks) expect(b.bottom).toBeLessThanOrEqual(300);
  });

  it('gives every mark a unique key, so transitions can follow each one', () => {
    const scene = timelineLayout(data, state({ label: items.map((d) => d.id), highlight: { from: '1990', to: '2000' } }), size);
    const keys = scene.marks.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
