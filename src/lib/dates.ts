/** Dates in the data are ISO strings (written for readers by src/i18n/format.ts): YYYY, YYYY-MM or YYYY-MM-DD (month- or year-precision where the day is unknown). */
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
