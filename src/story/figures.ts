import { z } from 'astro/zod';
import raw from '../content/figures.json';
import { formatFigure, QUALIFIERS, statedFigure } from '../data/figures.ts';
import { factSources } from '../data/index.ts';
import { parseDataFile } from '../data/load.ts';
import { creditOrder } from '../data/sources.ts';
import type { I18n } from '../i18n/index.ts';

/**
 * src/content/figures.json: the story's "Key numbers" panel and the contested figures on the How we
 * know page. Each figure names a sourced record and who states it; the number itself is read from the
 * record (never typed here), and where sources differ the group shows the range from lowest to highest.
 */
const figure = z.strictObject({
  fact: z.string(),
  who: z.string().min(1),
  /** How the source qualifies the number, where the record does not ("at least 200"). */
  qualifier: z.enum(QUALIFIERS).optional(),
});
const group = z.strictObject({ label: z.string().min(1), figures: z.array(figure).min(1), note: z.string().min(1).optional() });

const file = z
  .strictObject({ keyNumbers: z.array(group).min(1), contested: z.array(group).min(1) })
  .superRefine((content, ctx) =>
    (['keyNumbers', 'contested'] as const).forEach((list) =>
      content[list].forEach((g, i) =>
        g.figures.forEach((f, j) => {
          if (!statedFigure(f.fact)) ctx.addIssue({ code: 'custom', path: [list, i, 'figures', j, 'fact'], message: `"${f.fact}" is not a record of displacement, forces or population that states a number` });
        }),
      ),
    ),
  );

export interface ShownFigure {
  value: string;
  who: string;
  sources: ReturnType<typeof creditOrder>;
}
export interface FigureGroup {
  label: string;
  /** The range across the figures (or the one figure), as written. */
  range: string;
  figures: ShownFigure[];
  note?: string;
}

function resolve(g: z.infer<typeof group>, i18n: I18n): FigureGroup {
  const shown = g.figures.map((f) => ({ ...f, stated: statedFigure(f.fact)! }));
  const low = Math.min(...shown.map((f) => f.stated.low));
  const high = Math.max(...shown.map((f) => f.stated.high));
  const single = shown.length === 1 ? shown[0]! : undefined;
  return {
    label: g.label,
    range: single ? formatFigure(single.stated, i18n, single.qualifier) : formatFigure({ low, high, approximate: false }, i18n),
    figures: shown.map((f) => ({ value: formatFigure(f.stated, i18n, f.qualifier), who: f.who, sources: creditOrder(factSources[f.fact] ?? []) })),
    ...(g.note ? { note: g.note } : {}),
  };
}

const content = parseDataFile('src/content/figures.json', file, raw);

/** The "Key numbers" panel and the contested figures, in a language. */
export function figureGroups(i18n: I18n): { keyNumbers: FigureGroup[]; contested: FigureGroup[] } {
  return { keyNumbers: content.keyNumbers.map((g) => resolve(g, i18n)), contested: content.contested.map((g) => resolve(g, i18n)) };
}
