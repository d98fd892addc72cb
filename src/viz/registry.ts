import type { Visual } from './types.ts';

/**
 * Every visual a step can name, by id: one folder per visual, src/viz/<id>/, whose index.ts
 * exports `visual` (build time); its client.ts is the browser's side (see client.ts here).
 */
const definitions = import.meta.glob<Visual>('./*/index.ts', { eager: true, import: 'visual' });

export const visuals: Record<string, Visual> = Object.fromEntries(
  Object.entries(definitions).map(([path, visual]) => {
    const folder = path.split('/')[1]!;
    if (visual.id !== folder) throw new Error(`src/viz/${folder}/index.ts: the visual's id "${visual.id}" must be its folder's name`);
    return [visual.id, visual];
  }),
);
