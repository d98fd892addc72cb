import forcesJson from './forces.json';
import timelineJson from './timeline.json';
import { parseDataFile } from './load.ts';
import { forces, timeline, type Source } from './schema.ts';

/** The project's sourced data, validated once at build time. See SOURCES.md beside this file. */
export const timelineEvents = parseDataFile('src/data/timeline.json', timeline, timelineJson);
export const forceFigures = parseDataFile('src/data/forces.json', forces, forcesJson);

/** Every sourced record by "<file>/<id>", for editor's notes and the Sources page. */
export const factSources: Record<string, Source[]> = Object.fromEntries([
  ...timelineEvents.map((d) => [`timeline/${d.id}`, d.sources]),
  ...forceFigures.map((d) => [`forces/${d.id}`, d.sources]),
]);
