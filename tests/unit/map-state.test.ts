import { describe, expect, it } from 'vitest';
import { factSources } from '../../src/data/index.ts';
import { sectionSchema } from '../../src/story/schema.ts';
import { englishVisuals } from '../support/i18n.ts';

const map = englishVisuals.map!;

const camera = { center: [46.6, 39.8], zoom: 8 };
const problems = (state: unknown) => {
  const result = map.state.safeParse(state);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a map step’s state', () => {
  it('accepts a camera, layers, highlights, labels and a route, and fills in defaults', () => {
    const state = map.state.parse({
      camera,
      layers: ['armenian-held-2020-2023', 'lachin-corridor'],
      highlight: ['lachin-corridor', 'azerbaijan'],
      labels: ['stepanakert', 'goris', 'armenia', 'caspian-sea', 'lachin-district'],
      route: ['stepanakert', 'lachin', 'goris'],
    });
    expect(state).toMatchObject({ camera: { ...camera, bearing: 0, pitch: 0 } });
    expect(map.state.parse({ camera })).toEqual({ camera: { ...camera, bearing: 0, pitch: 0 }, layers: [], highlight: [], labels: [] });
  });

  it('rejects bad camera values, naming the field', () => {
    expect(problems({ camera: { ...camera, zoom: 30 } })).toEqual([expect.stringMatching(/^camera\.zoom: .*12/)]);
    expect(problems({ camera: { ...camera, pitch: 85 } })).toEqual([expect.stringMatching(/^camera\.pitch: /)]);
    expect(problems({ camera: { ...camera, bearing: 270 } })).toEqual([expect.stringMatching(/^camera\.bearing: /)]);
    expect(problems({ camera: { ...camera, center: [2.35, 48.85] } })).toEqual(['camera.center.0: longitude must be between 14 and 70 (the map\'s region)']);
    expect(problems({ camera: { center: [46.6, 39.8] } })).toEqual([expect.stringMatching(/^camera\.zoom: /)]);
    expect(problems({ camera: { ...camera, tilt: 10 } })).toEqual([expect.stringMatching(/^camera: .*tilt/)]);
  });

  it('rejects unknown layers, places and countries, with the known ones in the message', () => {
    expect(problems({ camera, layers: ['rivers'] })).toEqual([expect.stringMatching(/^layers\.0: unknown layer "rivers" \(known: .*nkao-1991/)]);
    expect(problems({ camera, labels: ['atlantis'] })).toEqual([expect.stringMatching(/^labels\.0: unknown place or area "atlantis"/)]);
    expect(problems({ camera, highlight: ['france'] })).toEqual([expect.stringMatching(/^highlight\.0: unknown layer or country "france".*countries: azerbaijan/)]);
    expect(problems({ camera, route: ['stepanakert', 'paris'] })).toEqual(['route.1: unknown place "paris" (places with coordinates in src/data/places.json)']);
    expect(problems({ camera, route: ['goris'] })).toEqual(['route: a route needs at least two places']);
  });

  it('highlights only layers it shows', () => {
    expect(problems({ camera, highlight: ['lachin-corridor'] })).toEqual(['highlight.0: layer "lachin-corridor" is highlighted but not in layers']);
  });

  it('never plots a place without sourced coordinates (the Hakari bridge)', () => {
    expect(problems({ camera, labels: ['hakari-bridge'] })).toEqual([expect.stringMatching(/^labels\.0: unknown place or area "hakari-bridge"/)]);
  });
});

describe('a story section with a bad map step', () => {
  const schema = sectionSchema({ map }, factSources);
  const section = (state: unknown) => ({ title: 'T', order: 1, label: 'report', steps: [{ id: 'corridor', viz: 'map', text: 'Text.', alt: 'Alt.', state }] });

  it('fails with the step, the visual and the field in the message', () => {
    const result = schema.safeParse(section({ camera: { ...camera, zoom: -3 }, layers: ['rivers'] }));
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([expect.stringMatching(/^steps\.0\.state\.camera\.zoom: step "corridor": \(map\) /), expect.stringMatching(/^steps\.0\.state\.layers\.0: step "corridor": \(map\) unknown layer "rivers"/)]);
  });

  it('passes with a good one', () => {
    expect(schema.safeParse(section({ camera, layers: ['lachin-corridor'] })).success).toBe(true);
  });
});
