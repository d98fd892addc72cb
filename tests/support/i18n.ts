import { i18n } from '../../src/i18n/index.ts';
import type { ActorsData } from '../../src/viz/actors/layout.ts';
import type { ExodusData } from '../../src/viz/exodus/layout.ts';
import type { PopulationData } from '../../src/viz/population/layout.ts';
import { visualsFor } from '../../src/viz/registry.ts';

/** English, the reference language: its messages, formats and data. */
export const en = i18n('en');

/** The visuals in English. */
export const englishVisuals = visualsFor('en');

/** The English words each visual's layout writes, for layout tests that bring data of their own. */
export const englishText = {
  actors: (englishVisuals.actors!.data as ActorsData).text,
  exodus: (englishVisuals.exodus!.data as ExodusData).text,
  population: (englishVisuals.population!.data as PopulationData).text,
};
