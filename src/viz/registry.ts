import { actors } from './actors/index.ts';
import { exodus } from './exodus/index.ts';
import { map } from './map/index.ts';
import { population } from './population/index.ts';
import { timeline } from './timeline/index.ts';
import type { VisualDefinition } from './types.ts';

/** Every visual a step can name, by id. Adding a visual = one folder in src/viz/ plus one line here and in clients.ts. */
export const visuals: Record<string, VisualDefinition> = {
  timeline,
  actors,
  population,
  exodus,
  map,
};
