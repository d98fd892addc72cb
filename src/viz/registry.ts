import { DEFAULT_LOCALE, i18n, type Locale } from '../i18n/index.ts';
import type { Visual, VisualFactory } from './types.ts';

/**
 * Every visual a step can name, by id: one folder per visual, src/viz/<id>/, whose index.ts
 * exports `visual` (build time, for any language); its client.ts is the browser's side (see client.ts here).
 */
const factories = import.meta.glob<VisualFactory>('./*/index.ts', { eager: true, import: 'visual' });

const byLocale = new Map<Locale, Record<string, Visual>>();

/** The visuals in one language (their words from its messages and data). */
export function visualsFor(locale: Locale): Record<string, Visual> {
  let found = byLocale.get(locale);
  if (!found) {
    found = Object.fromEntries(
      Object.entries(factories).map(([path, factory]) => {
        const folder = path.split('/')[1]!;
        const visual = factory(i18n(locale));
        if (visual.id !== folder) throw new Error(`src/viz/${folder}/index.ts: the visual's id "${visual.id}" must be its folder's name`);
        return [visual.id, visual];
      }),
    );
    byLocale.set(locale, found);
  }
  return found;
}

/** The visuals in English, the reference: what content is checked against (states are the same in every language). */
export const visuals: Record<string, Visual> = visualsFor(DEFAULT_LOCALE);
