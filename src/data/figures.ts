import type { I18n } from '../i18n/index.ts';
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

/** How a source qualifies a number it gives (the words are each language's, messages `figures.qualifiers`). */
export const QUALIFIERS = ['at least', 'more than', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** "about 120,000", "300,000–500,000", "at least 218": a figure as the site writes it, in the page's language. */
export function formatFigure({ low, high, approximate }: Pick<StatedFigure, 'low' | 'high' | 'approximate'>, { t, format }: Pick<I18n, 't' | 'format'>, qualifier?: Qualifier): string {
  const value = low === high ? format.number(low) : `${format.number(low)}–${format.number(high)}`;
  const prefix = qualifier ?? (approximate ? 'about' : undefined);
  return prefix ? `${t.figures.qualifiers[prefix]} ${value}` : value;
}
