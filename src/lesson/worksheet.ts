export interface WorksheetEvent {
  id: string;
  date: string;
  dateEnd?: string;
  title: string;
  summary: string;
}

export interface TimelineWorksheet<E extends WorksheetEvent> {
  /** What students see: the events lettered A, B, C… in alphabetical order of title in the page's language (never in date order). */
  cards: (E & { letter: string })[];
  /** The answer key: the same cards in the order they happened. */
  key: (E & { letter: string })[];
}

/** The timeline activity: events to put in order, and the answer key; `locale` orders the titles. */
export function timelineWorksheet<E extends WorksheetEvent>(events: E[], locale: string): TimelineWorksheet<E> {
  const cards = [...events]
    .sort((a, b) => a.title.localeCompare(b.title, locale))
    .map((event, i) => ({ ...event, letter: String.fromCharCode(65 + i) }));
  // ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) sort as strings.
  const key = [...cards].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
  return { cards, key };
}
