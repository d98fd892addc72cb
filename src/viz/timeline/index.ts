import { tableColumns } from '../../lib/table.ts';
import { defineVisual } from '../types.ts';
import { timelineLayout, type TimelineData } from './layout.ts';
import { timelineStateSchema } from './state.ts';
import '../chart.css';
import './timeline.css';

export const visual = defineVisual(({ t, format, data: { timelineEvents } }) => {
  const text = t.viz.timeline;
  const data: TimelineData = {
    items: timelineEvents.map(({ id, date, dateEnd, title }) => (dateEnd ? { id, date, dateEnd, title } : { id, date, title })),
    intl: format.intl,
  };
  return {
    id: 'timeline',
    title: text.title,
    summary: text.summary,
    credit: text.credit,
    state: timelineStateSchema(data.items),
    data,
    layout: timelineLayout,
    size: { width: 560, height: 640 },
    table: {
      file: 'timeline',
      caption: text.caption,
      columns: tableColumns(text.columns, ['date', 'dateEnd', 'dateNote', 'title', 'summary']),
      rows: timelineEvents.map(({ date, dateEnd, dateNote, title, summary, sources }) => ({
        cells: { date, dateEnd: dateEnd ?? null, dateNote: dateNote ?? null, title, summary },
        sources,
      })),
    },
  };
});
