import { describe, expect, it } from 'vitest';
import { around, fill, plural } from '../../src/i18n/fill.ts';

describe('message templates', () => {
  it('fill each named placeholder, and leave one without a value for the page', () => {
    expect(fill('Step {step} of {steps}', { step: 3, steps: 12 })).toBe('Step 3 of 12');
    expect(fill('{publisher} (copy at {site})', { publisher: 'UNHCR' })).toBe('UNHCR (copy at {site})');
  });

  it('do not fill a value that looks like a placeholder itself', () => {
    expect(fill('“{headline}” by {credit}, {address}', { headline: '{credit}', credit: 'Contributors', address: '{address}' })).toBe('“{credit}” by Contributors, {address}');
  });

  it('split around the placeholder the page marks up', () => {
    expect(around('These {count} events, since {date}', 'count', { date: 'October 2023' })).toEqual(['These ', ' events, since October 2023']);
  });

  it('choose the plural form of the language for a count', () => {
    const en = { one: '{count} source', other: '{count} sources' };
    expect([1, 2, 21].map((n) => plural(en, n, 'en-GB'))).toEqual(['{count} source', '{count} sources', '{count} sources']);
    const ru = { one: '{count} источник', few: '{count} источника', many: '{count} источников', other: '{count} источника' };
    expect([1, 3, 5, 21, 1.5].map((n) => plural(ru, n, 'ru'))).toEqual(['{count} источник', '{count} источника', '{count} источников', '{count} источник', '{count} источника']);
  });
});
