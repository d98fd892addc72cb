import type { TimelineEvent } from './schema.ts';

/** The article covers the offensive of 19–20 September 2023; the epilogue lists what came after. */
export const ARTICLE_COVERS_UNTIL = '2023-09-20';

/** Events that began after `isoDate` (ISO strings of any precision compare in date order), oldest first. */
export function eventsAfter(events: TimelineEvent[], isoDate: string): TimelineEvent[] {
  // "2023-10" (a month) sorts before "2023-10-01" as a string but means a later month than "2023-09-30": compare padded starts.
  const start = (iso: string) => iso.padEnd(10, iso.length === 4 ? '-01-01' : '-01');
  return events.filter((e) => start(e.date) > start(isoDate)).sort((a, b) => start(a.date).localeCompare(start(b.date)));
}
