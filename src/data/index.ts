import actorsJson from './actors.json';
import displacementJson from './displacement.json';
import forcesJson from './forces.json';
import populationJson from './population.json';
import placesJson from './places.json';
import timelineJson from './timeline.json';
import { parseDataFile } from './load.ts';
import { creditOrder } from './sources.ts';
import { actors, displacement, forces, places, population, timeline, type Source } from './schema.ts';

/** The project's sourced data, validated once at build time. See SOURCES.md beside this file. */
export const timelineEvents = parseDataFile('src/data/timeline.json', timeline, timelineJson);
export const forceFigures = parseDataFile('src/data/forces.json', forces, forcesJson);
export const placeRecords = parseDataFile('src/data/places.json', places, placesJson);
export const actorRecords = parseDataFile('src/data/actors.json', actors, actorsJson);
export const populationData = parseDataFile('src/data/population.json', population, populationJson);
export const displacementData = parseDataFile('src/data/displacement.json', displacement, displacementJson);

/** Every displacement figure, whichever section of the file it is in. */
export const displacementFigures = Object.values(displacementData).flatMap((section) => (Array.isArray(section) ? section : []));

/** Every sourced record by "<file>/<id>", for editor's notes and the Sources page. */
export const factSources: Record<string, Source[]> = Object.fromEntries([
  ...timelineEvents.map((d) => [`timeline/${d.id}`, d.sources]),
  ...forceFigures.map((d) => [`forces/${d.id}`, d.sources]),
  ...placeRecords.map((d) => [`places/${d.id}`, d.sources]),
  // "actors/armenia" is an actor's description; "actors/armenia/csto" all its relations to the CSTO.
  ...actorRecords.map((a) => [`actors/${a.id}`, a.descriptionSources]),
  ...actorRecords.flatMap((a) =>
    [...new Set(a.relations.map((r) => r.to))].map((to) => [`actors/${a.id}/${to}`, creditOrder(a.relations.filter((r) => r.to === to).flatMap((r) => r.sources))]),
  ),
  ...populationData.records.map((d) => [`population/${d.id}`, d.sources]),
  ...displacementFigures.map((d) => [`displacement/${d.id}`, d.sources]),
]);
