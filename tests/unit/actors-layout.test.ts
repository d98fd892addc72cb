import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/text.ts';
import { ACTOR_PLACES, actorsLayout, edgeLabel, edgesAsOf, type ActorLink, type ActorsData, type ActorsState } from '../../src/viz/actors/layout.ts';
import { en, englishText, englishVisuals } from '../support/i18n.ts';
import { actorsStateSchema } from '../../src/viz/actors/state.ts';
import type { Scene } from '../../src/viz/scene.ts';

const relations: ActorLink[] = [
  { source: 'armenia', target: 'csto', kind: 'security-treaty', from: '1992-05-15', until: '2024-02-22' },
  { source: 'armenia', target: 'csto', kind: 'criticism', from: '2022-09-13' },
  { source: 'turkey', target: 'azerbaijan', kind: 'military-support', from: '2020-09-27', until: '2020-11-10' },
  { source: 'turkey', target: 'azerbaijan', kind: 'alliance', from: '2021-06-15' },
  { source: 'turkey', target: 'azerbaijan', kind: 'alliance', from: '2023-09-19' },
  { source: 'united-states', target: 'armenia', kind: 'military-support', from: '2023-09-11' },
  { source: 'armenia', target: 'icc', kind: 'legal', from: '2023-10-03' },
  { source: 'azerbaijan', target: 'armenia', kind: 'conflict', from: '1988-02-20' },
];
const data: ActorsData = { actors: ACTOR_PLACES.map((p) => p.id), relations, text: englishText.actors, intl: en.format.intl };
const label = (edge: Parameters<typeof edgeLabel>[0]) => edgeLabel(edge, englishText.actors, en.format.intl);
const state = (s: Partial<ActorsState>): ActorsState => ({ asOf: '2023-09-19', focus: [], relations: [], ...s });
const keys = (scene: Scene) => scene.marks.map((m) => m.key);
const byKey = (scene: Scene) => new Map(scene.marks.map((m) => [m.key, m]));

describe('edgesAsOf', () => {
  it('leaves out relations that have not begun and merges relations of one kind between one pair', () => {
    const edges = edgesAsOf(relations, '2023-09-19');
    expect(edges.map((e) => e.key)).not.toContain('armenia|icc|legal');
    const alliance = edges.find((e) => e.key === 'azerbaijan|turkey|alliance')!;
    // The 2021 declaration and the 2023 backing: the tie strengthens.
    expect(alliance).toMatchObject({ status: 'active', strength: 2, since: '2021-06-15' });
    expect(edgesAsOf(relations, '2022-01-01').find((e) => e.key === 'azerbaijan|turkey|alliance')!.strength).toBe(1);
  });

  it('marks a treaty strained while the same two actors are at odds, and ended after its last day', () => {
    const before = edgesAsOf(relations, '2022-01-01').find((e) => e.kind === 'security-treaty')!;
    expect(before.status).toBe('active');
    const strained = edgesAsOf(relations, '2023-09-19').find((e) => e.kind === 'security-treaty')!;
    expect(strained).toMatchObject({ status: 'strained', since: '2022-09-13' });
    const ended = edgesAsOf(relations, '2024-03-01').find((e) => e.kind === 'security-treaty')!;
    expect(ended).toMatchObject({ status: 'ended', strength: 0, since: '2024-02-22' });
    // A relation is still in force on its last day.
    expect(edgesAsOf(relations, '2024-02-22').find((e) => e.kind === 'security-treaty')!.status).toBe('strained');
  });

  it('does not let criticism strain a tie that is not one of cooperation', () => {
    const conflict = edgesAsOf([...relations, { source: 'armenia', target: 'azerbaijan', kind: 'criticism', from: '2023-01-01' }], '2023-09-19').find(
      (e) => e.kind === 'conflict',
    )!;
    expect(conflict.status).toBe('active');
  });
});

describe('a frozen tie', () => {
  const frozen: ActorLink[] = [
    { source: 'armenia', target: 'csto', kind: 'security-treaty', from: '1992-05-15', frozenFrom: '2024-02-22' },
    { source: 'armenia', target: 'csto', kind: 'criticism', from: '2022-09-13' },
  ];

  it('is in force until it is frozen, then frozen (not ended) and still drawn with its strength', () => {
    expect(edgesAsOf(frozen, '2023-09-19').find((e) => e.kind === 'security-treaty')).toMatchObject({ status: 'strained', since: '2022-09-13' });
    expect(edgesAsOf(frozen, '2025-11-05').find((e) => e.kind === 'security-treaty')).toMatchObject({ status: 'frozen', strength: 1, since: '2024-02-22' });
    expect(label(edgesAsOf(frozen, '2025-11-05').find((e) => e.kind === 'security-treaty')!)).toEqual(['security treaty', 'frozen since Feb 2024']);
  });

  it('draws a pause mark, not the break of an ended tie', () => {
    const scene = actorsLayout({ ...data, relations: frozen }, state({ asOf: '2025-11-05', relations: [{ between: ['armenia', 'csto'], kind: 'security-treaty' }] }), { width: 560, height: 600 });
    const m = byKey(scene);
    expect(m.get('edge:armenia|csto|security-treaty')!.attrs.class).toContain('is-frozen');
    expect(m.has('pause:armenia|csto|security-treaty')).toBe(true);
    expect(m.has('break:armenia|csto|security-treaty')).toBe(false);
    expect(scene.marks.filter((mk) => mk.key.startsWith('label:armenia|csto|security-treaty')).map((mk) => mk.text)).toEqual(['security treaty', 'frozen since Feb 2024']);
  });

  it('is how the story draws Armenia and the CSTO after February 2024 (the data says frozen, not ended)', () => {
    const edges = edgesAsOf((englishVisuals.actors!.data as ActorsData).relations, '2025-11-05');
    expect(edges.find((e) => e.key === 'armenia|csto|security-treaty')).toMatchObject({ status: 'frozen', since: '2024-02-22' });
  });
});

describe('edgeLabel', () => {
  it('names the kind and when it began, was strained or ended', () => {
    const at = (date: string, key: string) => label(edgesAsOf(relations, date).find((e) => e.key === key)!);
    expect(at('2023-09-19', 'azerbaijan|turkey|alliance')).toEqual(['alliance', 'since Jun 2021']);
    expect(at('2023-09-19', 'armenia|csto|security-treaty')).toEqual(['security treaty', 'strained since Sept 2022']);
    expect(at('2023-09-19', 'armenia|united-states|military-support')).toEqual(['military support', 'since Sept 2023']);
    expect(at('2023-09-19', 'azerbaijan|turkey|military-support')).toEqual(['military support', 'until Nov 2020']);
    expect(at('2024-06-01', 'armenia|csto|security-treaty')).toEqual(['security treaty', 'until Feb 2024']);
  });
});

describe('actorsLayout', () => {
  const size = { width: 560, height: 600 };

  it('places every actor at the same spot whatever the state, inside the frame', () => {
    for (const s of [size, { width: 320, height: 480 }]) {
      const a = byKey(actorsLayout(data, state({}), s));
      const b = byKey(actorsLayout(data, state({ asOf: '2025-01-01', focus: ['armenia'] }), s));
      for (const { id } of ACTOR_PLACES) {
        const node = a.get(`node:${id}`)!;
        expect(b.get(`node:${id}`)!.attrs.cx).toBe(node.attrs.cx);
        expect(b.get(`node:${id}`)!.attrs.cy).toBe(node.attrs.cy);
        expect(Number(node.attrs.cx)).toBeGreaterThan(0);
        expect(Number(node.attrs.cx)).toBeLessThan(s.width);
        expect(Number(node.attrs.cy)).toBeLessThan(s.height);
      }
    }
  });

  it('puts Armenia between Russia and the West, with Azerbaijan below it', () => {
    const m = byKey(actorsLayout(data, state({}), size));
    const x = (id: string) => Number(m.get(`node:${id}`)!.attrs.cx);
    const y = (id: string) => Number(m.get(`node:${id}`)!.attrs.cy);
    expect(x('russia')).toBeLessThan(x('armenia'));
    expect(x('csto')).toBeLessThan(x('armenia'));
    for (const west of ['united-states', 'european-union', 'nato']) expect(x(west)).toBeGreaterThan(x('armenia'));
    expect(y('azerbaijan')).toBeGreaterThan(y('nk-de-facto'));
    expect(y('nk-de-facto')).toBeGreaterThan(y('armenia'));
  });

  it('draws an edge once its relation begins, and a break mark once it ends', () => {
    const early = keys(actorsLayout(data, state({ asOf: '2020-01-01' }), size));
    expect(early).toContain('edge:armenia|csto|security-treaty');
    expect(early).not.toContain('edge:azerbaijan|turkey|alliance');
    expect(early).not.toContain('break:armenia|csto|security-treaty');
    const late = byKey(actorsLayout(data, state({ asOf: '2024-03-01' }), size));
    expect(late.get('edge:armenia|csto|security-treaty')!.attrs.class).toContain('is-ended');
    expect(late.has('break:armenia|csto|security-treaty')).toBe(true);
    expect(late.has('edge:armenia|icc|legal')).toBe(true);
  });

  it('draws a strain mark on a strained tie and thickens a tie with more relations in force', () => {
    const m = byKey(actorsLayout(data, state({}), size));
    expect(m.has('strain:armenia|csto|security-treaty')).toBe(true);
    expect(m.has('strain:azerbaijan|turkey|alliance')).toBe(false);
    const alliance = Number(m.get('edge:azerbaijan|turkey|alliance')!.attrs['stroke-width']);
    const support = Number(m.get('edge:armenia|united-states|military-support')!.attrs['stroke-width']);
    expect(alliance).toBeGreaterThan(support);
  });

  it('labels only the relations the step names, and dims what is outside its focus', () => {
    const scene = actorsLayout(
      data,
      state({ focus: ['armenia', 'csto'], relations: [{ between: ['csto', 'armenia'], kind: 'security-treaty' }] }),
      size,
    );
    const m = byKey(scene);
    expect(m.get('label:armenia|csto|security-treaty:0')!.text).toBe('security treaty');
    expect(m.get('label:armenia|csto|security-treaty:1')!.text).toBe('strained since Sept 2022');
    expect(keys(scene).filter((k) => k.startsWith('label:'))).toHaveLength(2);
    expect(m.get('edge:armenia|csto|security-treaty')!.attrs.class).toContain('is-picked');
    expect(m.get('edge:armenia|csto|criticism')!.attrs.class).toContain('is-secondary');
    expect(m.get('edge:azerbaijan|turkey|alliance')!.attrs.class).toContain('is-context');
    expect(m.get('node:turkey')!.attrs.class).toContain('is-dim');
    expect(m.get('node:csto')!.attrs.class).toContain('is-focus');
    expect(m.get('as-of')!.text).toBe('As of 19 Sept 2023');
  });

  it('keeps names and edge labels inside a 320 px wide frame', () => {
    const scene = actorsLayout(data, state({ relations: [{ between: ['turkey', 'azerbaijan'] }, { between: ['armenia', 'united-states'] }] }), { width: 320, height: 480 });
    for (const m of scene.marks.filter((d) => d.tag === 'text')) {
      const half = textWidth(m.text!, 12) / 2;
      const x = Number(m.attrs.x);
      const left = m.attrs['text-anchor'] === 'start' ? x : x - half;
      expect(left, m.key).toBeGreaterThanOrEqual(0);
      expect(left + 2 * (m.attrs['text-anchor'] === 'start' ? half : half), m.key).toBeLessThanOrEqual(320 + 1);
      expect(Number(m.attrs.y), m.key).toBeLessThanOrEqual(480);
    }
  });
});

describe('actorsStateSchema', () => {
  const schema = actorsStateSchema(data);
  it('fills defaults and accepts known actors and relations', () => {
    expect(schema.parse({ asOf: '2023-09-19' })).toEqual({ asOf: '2023-09-19', focus: [], relations: [] });
    expect(schema.safeParse({ asOf: '2023-09-19', relations: [{ between: ['csto', 'armenia'], kind: 'security-treaty' }] }).success).toBe(true);
  });

  it('names the field of an unknown actor, a relation that does not exist, or one not yet begun', () => {
    const issues = (s: unknown) => {
      const r = schema.safeParse(s);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ asOf: '2023-09-19', focus: ['narnia'] })[0]).toMatch(/^focus\.0: unknown actor "narnia"/);
    expect(issues({ asOf: '2023-09-19', relations: [{ between: ['iran', 'ukraine'] }] })).toEqual(['relations.0: no relation between iran and ukraine in src/data/actors.json']);
    expect(issues({ asOf: '2023-09-19', relations: [{ between: ['armenia', 'icc'], kind: 'legal' }] })).toEqual([
      'relations.0: the "legal" relation between armenia and icc only begins after asOf (2023-09-19)',
    ]);
    expect(issues({ asOf: '2023-13-01' })[0]).toMatch(/^asOf: /);
  });
});
