import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, centredBox } from '../../src/lib/box.ts';
import { escapeMarkup } from '../../src/lib/escape.ts';
import { charsPerLine, slugify, textWidth, wrapText } from '../../src/lib/text.ts';
import { mapHeading, mercatorLatitude, mercatorY } from '../../src/viz/map/camera.ts';

describe('text estimates', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('Stepanakert', 13)).toBeGreaterThan(textWidth('Goris', 13));
    expect(textWidth('Goris', 13)).toBeGreaterThan(textWidth('Goris', 11));
    expect(textWidth('', 13)).toBe(0);
  });

  it('fits as many characters in a line as the width estimate allows, and no more', () => {
    for (const [width, font] of [[100, 12], [333, 13], [57, 11]] as const) {
      const n = charsPerLine(width, font);
      expect(textWidth('x'.repeat(n), font)).toBeLessThanOrEqual(width);
      expect(textWidth('x'.repeat(n + 1), font)).toBeGreaterThan(width);
    }
    expect(charsPerLine(-20, 12, { min: 8 })).toBe(8);
    expect(charsPerLine(100, 12, { face: 'text' })).toBeGreaterThan(charsPerLine(100, 12));
  });

  it('wraps words into lines no longer than asked, unless a word is longer', () => {
    expect(wrapText('the Lachin corridor was closed', 12)).toEqual(['the Lachin', 'corridor was', 'closed']);
    expect(wrapText('Nagorno-Karabakh', 5)).toEqual(['Nagorno-Karabakh']);
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
