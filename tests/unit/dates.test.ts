import { describe, expect, it } from 'vitest';
import { formats } from '../../src/i18n/format.ts';
import { isValidIsoDate, parseIsoDate } from '../../src/lib/dates.ts';

describe('ISO dates of day, month or year precision', () => {
  it('parses each precision to the start of the period, in UTC', () => {
    expect(parseIsoDate('2023-09-19').toISOString()).toBe('2023-09-19T00:00:00.000Z');
    expect(parseIsoDate('1993-07').toISOString()).toBe('1993-07-01T00:00:00.000Z');
    expect(parseIsoDate('1920').toISOString()).toBe('1920-01-01T00:00:00.000Z');
  });

  it('rejects impossible or malformed dates', () => {
    expect(isValidIsoDate('2023-02-30')).toBe(false);
    expect(isValidIsoDate('2023-13')).toBe(false);
    expect(isValidIsoDate('19 Sep 2023')).toBe(false);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
  });

});

describe('dates and numbers as each language writes them (Intl)', () => {
  const en = formats('en-GB');
  const ru = formats('ru');
  // Intl writes thin spaces around a range's dash in British English, and no-break spaces in Russian.
  const thin = '\u2009';
  const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('formats an ISO date in the precision it was given', () => {
    expect([en.date('2023-09-19'), en.date('1993-07'), en.date('1921')]).toEqual(['19 Sept 2023', 'Jul 1993', '1921']);
    expect([ru.date('2023-09-19'), ru.date('1993-07'), ru.date('1921')].map(spaced)).toEqual(['19 сент. 2023 г.', 'июль 1993 г.', '1921']);
  });

  it('formats ranges compactly, and a missing or equal end as one date', () => {
    expect(en.range('2023-09-19', '2023-09-20')).toBe(`19${thin}–${thin}20 Sept 2023`);
    expect(spaced(ru.range('2023-09-19', '2023-09-20'))).toBe('19–20 сент. 2023 г.');
    expect(en.range('2022-12-12', '2023-09-30')).toBe(`12 Dec 2022${thin}–${thin}30 Sept 2023`);
    expect(en.range('2022-12', '2023-09-30')).toBe('Dec 2022 – 30 Sept 2023');
    expect([en.range('2023-09-19'), en.range('2023-09-19', '2023-09-19')]).toEqual(['19 Sept 2023', '19 Sept 2023']);
  });

  it('writes axis ticks short: the year without a word, the month, the day', () => {
    const day = parseIsoDate('2023-09-30');
    expect([ru.year(day), ru.month(day), ru.dayMonth(day), ru.day(day)]).toEqual(['2023', 'сент.', '30 сент.', '30']);
    expect([en.year(day), en.month(day), en.dayMonth(day), en.day(day)]).toEqual(['2023', 'Sept', '30 Sept', '30']);
  });

  it('groups thousands and writes shares and compact numbers the language’s way', () => {
    expect([en.number(100617), en.compact(25000), en.compact(137737, 3), en.percent(89.2, 1)]).toEqual(['100,617', '25k', '138k', '89.2%']);
    expect([ru.number(100617), ru.compact(25000), ru.percent(89.2, 1)].map(spaced)).toEqual(['100 617', '25 тыс.', '89,2 %']);
  });

  it('picks plural categories and joins lists', () => {
    expect([1, 3, 5, 21].map((n) => ru.plural(n))).toEqual(['one', 'few', 'many', 'one']);
    expect(ru.list(['Армения', 'Азербайджан'])).toBe('Армения и Азербайджан');
  });
});
