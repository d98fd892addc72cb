import { populationData } from '../../data/index.ts';
import type { PopulationRecord } from '../../data/schema.ts';
import { defineVisual } from '../types.ts';
import { populationLayout, type PopulationRow } from './layout.ts';
import { populationStateSchema } from './state.ts';
import '../chart.css';
import './population.css';

const { records } = populationData;

/** A group's share of the total: as the source gives it, or from its count where only that is given. */
function share(r: PopulationRecord, group: string): number | null {
  const g = r.groups[group];
  if (!g) return null;
  if (g.sharePct !== null) return g.sharePct;
  return g.count && r.total ? Math.round((g.count / r.total) * 10000) / 100 : null;
}

/** Two figures for 2023: the estimate before the offensive and the UN estimate after the exodus. */
const labelOf = (r: PopulationRecord) => (r.year === 2023 && r.id.includes('after') ? 'after' : String(r.year));

const rows: PopulationRow[] = records.map((r) => {
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
    label: labelOf(r),
  };
});

const groupCell = (r: PopulationRecord, group: string) => r.groups[group]?.sharePct ?? null;
const countCell = (r: PopulationRecord, group: string) => {
  const g = r.groups[group];
  return g?.countRange ?? g?.count ?? null;
};

export const visual = defineVisual({
  id: 'population',
  title: 'Population of Nagorno-Karabakh',
  summary:
    'Bars show the population of Nagorno-Karabakh at each census or estimate, split into Armenians and Azerbaijanis where a source gives the shares. A dashed line separates the Soviet oblast (to 1991) from the different, changing area held by the de facto authorities afterwards; estimates have a dashed outline. A lower panel shows the ethnic shares in the Soviet censuses.',
  credit:
    'Soviet censuses as given by Wikipedia (English and Russian); Azerbaijani shares as quoted by Artak Beglaryan, a Karabakh Armenian official; de facto censuses of 2005 and 2015; 2023 estimates from the Armenian government and news agencies, and from Wikipedia citing a UN mission.',
  state: populationStateSchema(rows),
  data: rows,
  layout: populationLayout,
  size: { width: 560, height: 560 },
  table: {
    file: 'population',
    caption: 'Population of Nagorno-Karabakh by census or estimate (empty = not confirmed by a source)',
    columns: [
      { key: 'year', label: 'Year', numeric: true },
      { key: 'kind', label: 'Census or estimate' },
      { key: 'territory', label: 'Territory' },
      { key: 'total', label: 'Total', numeric: true },
      { key: 'armeniansPct', label: 'Armenians (%)', numeric: true },
      { key: 'armeniansCount', label: 'Armenians (count)', numeric: true },
      { key: 'azerbaijanisPct', label: 'Azerbaijanis (%)', numeric: true },
      { key: 'note', label: 'Notes' },
    ],
    rows: records.map((r) => ({
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
});
