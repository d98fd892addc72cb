import { displacementFigures, forceFigures, populationData } from './index.ts';

/** A number a record states: one value (low = high) or a range, and how the record qualifies it. */
export interface StatedFigure {
  low: number;
  high: number;
  approximate: boolean;
  reportedBy?: string;
  /** When it was stated or counted (ISO), where the record says. */
  date?: string;
}

/** The number stated by a record of displacement.json, forces.json or population.json ("<file>/<id>"). */
export function statedFigure(ref: string): StatedFigure | undefined {
  const [file, id] = ref.split('/');
  if (file === 'displacement') {
    const d = displacementFigures.find((r) => r.id === id);
    const [low, high] = d?.valueRange ?? [d?.value, d?.value];
    return d && low != null && high != null ? { low, high, approximate: d.approximate, reportedBy: d.reportedBy, date: d.date ?? d.period } : undefined;
  }
  if (file === 'forces') {
    const f = forceFigures.find((r) => r.id === id);
    return f && f.value !== null ? { low: f.value, high: f.value, approximate: f.approximate === true, reportedBy: f.reportedBy, date: f.date } : undefined;
  }
  if (file === 'population') {
    const p = populationData.records.find((r) => r.id === id);
    const range = p && Object.values(p.groups).find((g) => g.countRange)?.countRange;
    const [low, high] = p?.total != null ? [p.total, p.total] : (range ?? []);
    return p && low !== undefined && high !== undefined ? { low, high, approximate: p.kind.includes('estimate'), date: String(p.year) } : undefined;
  }
  return undefined;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** "about 120,000", "300,000–500,000", "at least 218": a figure as the site writes it. */
export function formatFigure({ low, high, approximate }: Pick<StatedFigure, 'low' | 'high' | 'approximate'>, qualifier?: string): string {
  const value = low === high ? count(low) : `${count(low)}–${count(high)}`;
  const prefix = qualifier ?? (approximate ? 'about' : '');
  return prefix ? `${prefix} ${value}` : value;
}
