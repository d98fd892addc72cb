import { timelineEvents } from '../../data/index.ts';
import { defineVisual } from '../types.ts';
import { timelineLayout, type TimelineItem } from './layout.ts';
import { timelineStateSchema } from './state.ts';
import '../chart.css';
import './timeline.css';

const items: TimelineItem[] = timelineEvents.map(({ id, date, dateEnd, title }) => (dateEnd ? { id, date, dateEnd, title } : { id, date, title }));

export const visual = defineVisual({
  id: 'timeline',
  title: 'Timeline of the conflict',
  summary: 'A vertical timeline of dated events in the Nagorno-Karabakh conflict, with periods drawn as bars and the period under discussion shaded.',
  credit: 'Dates: news agencies, international organisations and encyclopedias, listed on the How we know page.',
  state: timelineStateSchema(items),
  data: items,
  layout: timelineLayout,
  size: { width: 560, height: 640 },
  table: {
    file: 'timeline',
    caption: 'Dated events of the Nagorno-Karabakh conflict, 1921 to 2025',
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'dateEnd', label: 'Until' },
      { key: 'dateNote', label: 'About the date' },
      { key: 'title', label: 'Event' },
      { key: 'summary', label: 'What happened' },
    ],
    rows: timelineEvents.map(({ date, dateEnd, dateNote, title, summary, sources }) => ({
      cells: { date, dateEnd: dateEnd ?? null, dateNote: dateNote ?? null, title, summary },
      sources,
    })),
  },
});
