export interface WorksheetEvent {
  id: string;
  date: string;
  dateEnd?: string;
  title: string;
  summary: string;
}

export interface TimelineWorksheet<E extends WorksheetEvent> {
  /** What students see: the events lettered A, B, C… (in the page's alphabet) in alphabetical order of title in its language (never in date order). */
  cards: (E & { letter: string })[];
  /** The answer key: the same cards in the order they happened. */
  key: (E & { letter: string })[];
}

/** The letter of the `index`th item of a worksheet, from the page's alphabet (`letters`, from its messages). */
export function itemLetter(letters: string, index: number): string {
  const letter = [...letters][index];
  if (!letter) throw new Error(`a worksheet has more items than the ${[...letters].length} letters of lesson.letters in the messages`);
  return letter;
}

/** The timeline activity: events to put in order, and the answer key; `locale` orders the titles, `letters` label them. */
export function timelineWorksheet<E extends WorksheetEvent>(events: E[], locale: string, letters: string): TimelineWorksheet<E> {
  const cards = [...events]
    .sort((a, b) => a.title.localeCompare(b.title, locale))
    .map((event, i) => ({ ...event, letter: itemLetter(letters, i) }));
  // ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) sort as strings.
  const key = [...cards].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
  return { cards, key };
}
