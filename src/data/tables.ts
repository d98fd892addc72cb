import type { Messages } from '../i18n/messages.ts';
import { tableColumns, type TableColumn, type TableRow } from '../lib/table.ts';
import type { DisplacementFigure } from './schema.ts';

/** displacement.json figures as table rows, for the exodus chart's table and the How we know page. */
export function displacementColumns(t: Messages): TableColumn[] {
  return tableColumns(t.displacementColumns, ['date', 'time', 'value', 'range', 'reportedBy', 'counts'], ['value']);
}

/** A figure as a table row; a time given only as a part of the day ("evening") is written in the page's language. */
export function displacementRow(d: DisplacementFigure, t: Messages): TableRow {
  const partOfDay = t.partsOfDay as Record<string, string>;
  return {
    cells: {
      date: d.date ?? d.period ?? null,
      time: d.timeLocal ? (partOfDay[d.timeLocal] ?? d.timeLocal) : null,
      value: d.value,
      range: d.valueRange ?? null,
      reportedBy: d.reportedBy,
      counts: [d.counts, d.note].filter(Boolean).join(' '),
    },
    sources: d.sources,
  };
}
