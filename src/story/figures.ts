import { z } from 'astro/zod';
import { formatFigure, QUALIFIERS, statedFigure } from '../data/figures.ts';
import { factSources } from '../data/index.ts';
import { parseDataFile } from '../data/load.ts';
import { creditOrder } from '../data/sources.ts';
import type { I18n } from '../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * src/content/figures/<locale>.json: the story's "Key numbers" panel and the contested figures on the How we
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

export type FiguresContent = z.infer<typeof file>;
const files = import.meta.glob<unknown>('../content/figures/*.json', { eager: true, import: 'default' });
const cache = new Map<Locale, FiguresContent>();

/**
 * A language's figures file, validated; a translation must list the English groups and figures in the
 * same order, each naming the same record and qualifier (only the words differ).
 */
function content(locale: Locale): FiguresContent {
  let found = cache.get(locale);
  if (found) return found;
  const path = `src/content/figures/${locale}.json`;
  const raw = files[`../content/figures/${locale}.json`];
  if (!raw) throw new Error(`locale ${locale}: no figures (expected ${path})`);
  found = parseDataFile(path, file, raw);
  const problems = locale === DEFAULT_LOCALE ? [] : figuresDivergence(content(DEFAULT_LOCALE), found);
  if (problems.length > 0) throw new Error(`locale ${locale}: ${path} departs from the English figures: ${problems.join('; ')}`);
  cache.set(locale, found);
  return found;
}

/** Where a translated figures file departs from the English one beyond its words (empty when they agree). */
export function figuresDivergence(reference: FiguresContent, translation: FiguresContent): string[] {
  const shape = (g: FiguresContent['keyNumbers'][number]) => JSON.stringify([g.figures.map((f) => [f.fact, f.qualifier ?? '']), g.note !== undefined]);
  return (['keyNumbers', 'contested'] as const).flatMap((list) => {
    const own = translation[list];
    const ref = reference[list];
    if (own.length !== ref.length) return [`${list}: ${own.length} groups, English ${ref.length}`];
    return ref.flatMap((g, i) => (shape(g) === shape(own[i]!) ? [] : [`${list}[${i}] ("${own[i]!.label}"): other figures, qualifiers or note than English "${g.label}"`]));
  });
}

/** The "Key numbers" panel and the contested figures, in a language. */
export function figureGroups(i18n: I18n): { keyNumbers: FigureGroup[]; contested: FigureGroup[] } {
  const own = content(i18n.locale);
  return { keyNumbers: own.keyNumbers.map((g) => resolve(g, i18n)), contested: own.contested.map((g) => resolve(g, i18n)) };
}
