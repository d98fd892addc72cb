import type { TableColumn, TableRow } from '../lib/table.ts';
import type { DisplacementFigure } from './schema.ts';

/** displacement.json figures as table rows, for the exodus chart's table and the Sources page. */
export const displacementColumns: TableColumn[] = [
  { key: 'date', label: 'Date or period' },
  { key: 'time', label: 'Local time' },
  { key: 'value', label: 'People', numeric: true },
  { key: 'range', label: 'Range' },
  { key: 'reportedBy', label: 'Reported by' },
  { key: 'counts', label: 'What it counts' },
];

export function displacementRow(d: DisplacementFigure): TableRow {
  return {
    cells: {
      date: d.date ?? d.period ?? null,
      time: d.timeLocal ?? null,
      value: d.value,
      range: d.valueRange ?? null,
      reportedBy: d.reportedBy,
      counts: [d.counts, d.note].filter(Boolean).join(' '),
    },
    sources: d.sources,
  };
}
