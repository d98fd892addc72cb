import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, centredBox } from '../../src/lib/box.ts';
import { escapeMarkup } from '../../src/lib/escape.ts';
import { slugify, textWidth, wrapParts, wrapText } from '../../src/lib/text.ts';
import { mapHeading, mercatorLatitude, mercatorY } from '../../src/viz/map/camera.ts';

describe('text estimates', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('Stepanakert', 13)).toBeGreaterThan(textWidth('Goris', 13));
    expect(textWidth('Goris', 13)).toBeGreaterThan(textWidth('Goris', 11));
    expect(textWidth('', 13)).toBe(0);
  });

  it('counts Cyrillic letters wider than Latin ones, as both faces draw them', () => {
    expect(textWidth('Армения', 13)).toBeGreaterThan(textWidth('Armenia', 13));
    expect(textWidth('Степанакерт / Ханкенди', 12, 'text')).toBeGreaterThan(textWidth('Stepanakert / Khankendi', 12, 'text'));
  });
});

describe('wrapText', () => {
  const font = { fontPx: 10 };
  it('breaks between words into lines no wider than asked', () => {
    const lines = wrapText('the Lachin corridor was closed', textWidth('corridor was', 10), font);
    expect(lines).toEqual(['the Lachin', 'corridor was', 'closed']);
  });

  it('keeps a word wider than the line on a line of its own', () => {
    expect(wrapText('Nagorno-Karabakh-Autonomous oblast', 60, font)).toEqual(['Nagorno-Karabakh-Autonomous', 'oblast']);
  });

  it('fits fewer Cyrillic than Latin letters in a line', () => {
    const width = textWidth('Lachin corridor', 10);
    expect(wrapText('Lachin corridor', width, font)).toHaveLength(1);
    expect(wrapText('Лачин коридор', width, font)).toHaveLength(2);
  });

  it('gives a line at least minChars characters, however narrow the room', () => {
    expect(wrapText('the Lachin corridor', -20, { ...font, minChars: 10 })).toEqual(['the Lachin', 'corridor']);
  });

  it('never splits a part, joining parts on a line', () => {
    const width = textWidth('Explainer contributors · CC BY 4.0', 10);
    expect(wrapParts(['Explainer contributors', 'CC BY 4.0', 'example.org'], ' · ', width, font)).toEqual(['Explainer contributors · CC BY 4.0', 'example.org']);
  });
});

describe('boxes', () => {
  it('overlap when they share area, not when they only touch', () => {
    const a = centredBox(10, 10, 10, 10);
    expect(boxesOverlap(a, centredBox(14, 14, 10, 10))).toBe(true);
    expect(boxesOverlap(a, centredBox(20, 10, 10, 10))).toBe(false);
    expect(boxesOverlap(a, centredBox(10, 20, 10, 10))).toBe(false);
    expect(boxesOverlap(a, centredBox(10, 10, 2, 2))).toBe(true);
  });
});

describe('escapeMarkup', () => {
  it('escapes what would end text or a double-quoted attribute, and nothing else', () => {
    expect(escapeMarkup(`US & EU <say> "no" 'yes'`)).toBe(`US &amp; EU &lt;say&gt; &quot;no&quot; 'yes'`);
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
  });
});

describe('slugify', () => {
  it('makes lower-case ASCII ids, dropping accents and punctuation', () => {
    expect(slugify('The role of Western powers')).toBe('the-role-of-western-powers');
    expect(slugify('  Ağdam / Şuşa! ')).toBe('agdam-susa');
  });
});

describe('Web Mercator', () => {
  it('agrees with d3’s Mercator projection, and inverts', () => {
    const projection = geoMercator().scale(180 / Math.PI).translate([0, 0]);
    for (const lat of [-60, 0, 39.8, 45]) {
      expect(mercatorY(lat)).toBeCloseTo(-projection([0, lat])![1], 9);
      expect(mercatorLatitude(mercatorY(lat))).toBeCloseTo(lat, 9);
    }
  });

  it('gives headings clockwise from north as drawn on the map', () => {
    expect(mapHeading([46, 40], [46, 41])).toBeCloseTo(0, 9);
    expect(mapHeading([46, 40], [47, 40])).toBeCloseTo(90, 9);
    expect(mapHeading([46, 40], [46, 39])).toBeCloseTo(180, 9);
    // On a Mercator map a degree of latitude is drawn longer than a degree of longitude at 40°N.
    expect(mapHeading([46, 40], [47, 41])).toBeLessThan(45);
  });
});
