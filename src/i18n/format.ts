import { parseIsoDate } from '../lib/dates.ts';

/**
 * Dates and numbers as a language writes them, through the platform's Intl (CLDR): the build and the
 * browser format the same way, so a chart redrawn in the browser matches the one drawn at build time.
 * Pure and small: the visuals' layouts import it. Dates in the data are ISO strings of day, month or
 * year precision (src/lib/dates.ts); they are formatted in UTC so no time zone shifts a day.
 */
export interface Formats {
  /** The BCP 47 tag formats follow (e.g. "en-GB", "ru"). */
  readonly intl: string;
  /** "19 Sept 2023", "Sept 2023" or "1921", in the precision of the ISO string. */
  date(iso: string): string;
  /** "19 – 20 Sept 2023", "Dec 2022 – Sept 2023": a range in the precision of its ends. */
  range(from: string, to?: string): string;
  /** "Sept 2022": a month and its year. */
  monthYear(date: Date): string;
  /** Axis ticks: the year alone, the month alone, the day and month, the day alone. */
  year(date: Date): string;
  month(date: Date): string;
  dayMonth(date: Date): string;
  day(date: Date): string;
  /** "14:30": a time of day. */
  time(date: Date): string;
  /** "125,200" / "125 200". */
  number(value: number): string;
  /** "138k" / "138 тыс.": at most `digits` significant digits. */
  compact(value: number, digits?: number): string;
  /** A share given in per cent (89.2 → "89.2%" / "89,2 %"), with this many decimals. */
  percent(valuePct: number, decimals?: number): string;
  /** "a, b and c" / "a, b и c". */
  list(items: string[]): string;
  /** The CLDR plural category of a count ("one", "few", "many", "other"…), to pick a word's form. */
  plural(count: number): Intl.LDMLPluralRule;
}

const cache = new Map<string, Formats>();

/** The formats of a language (cached: Intl formatters are costly to create). */
export function formats(intl: string): Formats {
  let found = cache.get(intl);
  if (!found) {
    found = createFormats(intl);
    cache.set(intl, found);
  }
  return found;
}

function createFormats(intl: string): Formats {
  const dateFormat = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intl, { timeZone: 'UTC', ...options });
  const byPrecision = {
    day: dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }),
    month: dateFormat({ month: 'short', year: 'numeric' }),
    year: dateFormat({ year: 'numeric' }),
  };
  const precision = (iso: string) => (['year', 'month', 'day'] as const)[iso.split('-').length - 1] ?? 'day';
  const part = (format: Intl.DateTimeFormat, type: Intl.DateTimeFormatPartTypes) => (date: Date) =>
    format.formatToParts(date).find((p) => p.type === type)!.value;
  const numberFormat = new Intl.NumberFormat(intl);
  const compactFormats = new Map<number, Intl.NumberFormat>();
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const lists = new Intl.ListFormat(intl, { type: 'conjunction' });
  const plurals = new Intl.PluralRules(intl);

  return {
    intl,
    date: (iso) => byPrecision[precision(iso)].format(parseIsoDate(iso)),
    range(from, to) {
      if (!to || to === from) return this.date(from);
      const kind = precision(from);
      // Intl writes a range once for both ends ("19–20 Sept 2023") when they share a precision.
      if (kind === precision(to)) return byPrecision[kind].formatRange(parseIsoDate(from), parseIsoDate(to));
      return `${this.date(from)} – ${this.date(to)}`;
    },
    monthYear: (date) => byPrecision.month.format(date),
    // The year's digits alone: some languages add a word to a formatted year ("2023 г.") that an axis has no room for.
    year: part(byPrecision.year, 'year'),
    month: (() => {
      const format = dateFormat({ month: 'short' });
      return (date: Date) => format.format(date);
    })(),
    dayMonth: (() => {
      const format = dateFormat({ day: 'numeric', month: 'short' });
      return (date: Date) => format.format(date);
    })(),
    day: part(byPrecision.day, 'day'),
    time: (() => {
      const format = dateFormat({ hour: '2-digit', minute: '2-digit' });
      return (date: Date) => format.format(date);
    })(),
    number: (value) => numberFormat.format(value),
    compact(value, digits = 2) {
      let format = compactFormats.get(digits);
      if (!format) compactFormats.set(digits, (format = new Intl.NumberFormat(intl, { notation: 'compact', maximumSignificantDigits: digits })));
      return format.format(value);
    },
    percent(valuePct, decimals = 0) {
      let format = percentFormats.get(decimals);
      if (!format) percentFormats.set(decimals, (format = new Intl.NumberFormat(intl, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
      return format.format(valuePct / 100);
    },
    list: (items) => lists.format(items),
    plural: (count) => plurals.select(count),
  };
}
