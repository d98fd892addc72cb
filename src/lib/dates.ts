import { utcFormat } from 'd3-time-format';

/** Dates in the data are ISO strings: YYYY, YYYY-MM or YYYY-MM-DD (month- or year-precision where the day is unknown). */
export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parseIsoDate(value: string): Date {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = parseIsoDate(value);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const day = utcFormat('%-d %b %Y');
const month = utcFormat('%b %Y');

/** "19 Sep 2023", "Jul 1993" or "1921", following the precision of the ISO string. */
export function formatIsoDate(value: string): string {
  const parts = value.split('-').length;
  const date = parseIsoDate(value);
  return parts === 3 ? day(date) : parts === 2 ? month(date) : value;
}

/** "19–20 Sep 2023", "Dec 2022 – Sep 2023": a compact range in the precision of its ends. */
export function formatIsoRange(from: string, to?: string): string {
  if (!to || to === from) return formatIsoDate(from);
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const sameMonth = a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth();
  if (sameMonth && from.length === 10 && to.length === 10) return `${a.getUTCDate()}–${day(b)}`;
  return `${formatIsoDate(from)} – ${formatIsoDate(to)}`;
}
