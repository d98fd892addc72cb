import { timelineEvents } from '../../data/index.ts';
import { defineVisual } from '../types.ts';
import { timelineLayout, type TimelineItem } from './layout.ts';
import { timelineStateSchema } from './state.ts';

const items: TimelineItem[] = timelineEvents.map(({ id, date, dateEnd, title }) => (dateEnd ? { id, date, dateEnd, title } : { id, date, title }));

export const timeline = defineVisual({
  id: 'timeline',
  title: 'Timeline of the conflict',
  summary: 'A vertical timeline of dated events in the Nagorno-Karabakh conflict, with periods drawn as bars and the period under discussion shaded.',
  credit: 'Dates: news agencies, international organisations and encyclopedias, listed in Sources and methods.',
  state: timelineStateSchema(items),
  data: items,
  layout: timelineLayout,
  size: { width: 560, height: 640 },
});
