import { populationData } from '../../data/index.ts';
import type { PopulationRecord } from '../../data/schema.ts';
import { tableColumns } from '../../lib/table.ts';
import { defineVisual } from '../types.ts';
import { populationLayout, type PopulationData, type PopulationRow } from './layout.ts';
import { populationStateSchema } from './state.ts';
import '../chart.css';
import './population.css';

/** A group's share of the total: as the source gives it, or from its count where only that is given. */
function share(r: PopulationRecord, group: string): number | null {
  const g = r.groups[group];
  if (!g) return null;
  if (g.sharePct !== null) return g.sharePct;
  return g.count && r.total ? Math.round((g.count / r.total) * 10000) / 100 : null;
}

/**
 * The bars, from the records as they are (English): the territory and whether a figure is an estimate
 * are read from the record's own words, whatever the page's language.
 */
function rowsOf(afterLabel: string): PopulationRow[] {
  return populationData.records.map((r) => {
    const range = r.total === null ? Object.values(r.groups).find((g) => g.countRange)?.countRange : undefined;
    return {
      id: r.id,
      year: r.year,
      territory: r.territory === 'NKAO' ? 'nkao' : 'held',
      total: r.total,
      ...(range ? { range } : {}),
      approximate: r.kind.includes('estimate'),
      armenians: share(r, 'armenians'),
      azerbaijanis: share(r, 'azerbaijanis'),
      // Two figures for 2023: the estimate before the offensive and the UN estimate after the exodus.
      label: r.year === 2023 && r.id.includes('after') ? afterLabel : String(r.year),
    };
  });
}

const groupCell = (r: PopulationRecord, group: string) => r.groups[group]?.sharePct ?? null;
const countCell = (r: PopulationRecord, group: string) => {
  const g = r.groups[group];
  return g?.countRange ?? g?.count ?? null;
};

export const visual = defineVisual(({ t, format, data: { populationRecords } }) => {
  const text = t.viz.population;
  const data: PopulationData = {
    rows: rowsOf(text.after),
    text: {
      eraNkao: text.eraNkao,
      eraHeld: text.eraHeld,
      noTotal: text.noTotal,
      totalsNotConfirmed: text.totalsNotConfirmed,
      armenians: text.armenians,
      azerbaijanis: text.azerbaijanis,
      sharesTitle: text.sharesTitle,
    },
    intl: format.intl,
  };
  return {
    id: 'population',
    title: text.title,
    summary: text.summary,
    credit: text.credit,
    state: populationStateSchema(data.rows),
    data,
    layout: populationLayout,
    size: { width: 560, height: 560 },
    table: {
      file: 'population',
      caption: text.caption,
      columns: tableColumns(
        text.columns,
        ['year', 'kind', 'territory', 'total', 'armeniansPct', 'armeniansCount', 'azerbaijanisPct', 'note'],
        ['year', 'total', 'armeniansPct', 'armeniansCount', 'azerbaijanisPct'],
      ),
      rows: populationRecords.map((r) => ({
        cells: {
          // A year is a label, not a quantity: "1926", never "1,926".
          year: String(r.year),
          kind: r.kind,
          territory: r.territory,
          total: r.total,
          armeniansPct: groupCell(r, 'armenians'),
          armeniansCount: countCell(r, 'armenians'),
          azerbaijanisPct: groupCell(r, 'azerbaijanis'),
          note: [r.totalNote, r.note].filter(Boolean).join(' '),
        },
        sources: r.sources,
      })),
    },
  };
});
