import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatIsoRange, isValidIsoDate, parseIsoDate } from '../../src/lib/dates.ts';

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

  it('formats in the precision it was given', () => {
    expect(formatIsoDate('2023-09-19')).toBe('19 Sep 2023');
    expect(formatIsoDate('1993-07')).toBe('Jul 1993');
    expect(formatIsoDate('1921')).toBe('1921');
  });

  it('formats ranges compactly', () => {
    expect(formatIsoRange('2023-09-19', '2023-09-20')).toBe('19–20 Sep 2023');
    expect(formatIsoRange('2022-12-12', '2023-09-30')).toBe('12 Dec 2022 – 30 Sep 2023');
    expect(formatIsoRange('2023-09-19')).toBe('19 Sep 2023');
    expect(formatIsoRange('2023-09-19', '2023-09-19')).toBe('19 Sep 2023');
  });
});
