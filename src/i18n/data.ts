import { actorRecords, displacementData, forceFigures, placeRecords, populationData, timelineEvents } from '../data/index.ts';
import type { Actor, Displacement, DisplacementFigure, Place, PopulationRecord, TimelineEvent } from '../data/schema.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

/**
 * The sourced records (src/data/) in one language. The records themselves are English; another language
 * gives the words of every record a reader sees (titles, summaries, notes, names) in
 * src/i18n/data/<locale>/<file>.json, keyed by record id, while numbers, dates, ids and sources stay the
 * records' own. Every record's every text must be translated, and nothing else: the build fails naming
 * the language, the file, the record and the field.
 */
export interface LocalizedData {
  timelineEvents: TimelineEvent[];
  forceFigures: typeof forceFigures;
  /** Each place with its name in the language and, where Armenian and Azerbaijani usage differ, each side's name. */
  placeRecords: (Place & PlaceNames)[];
  actorRecords: Actor[];
  populationRecords: PopulationRecord[];
  displacementData: Displacement;
}

interface PlaceNames {
  name: string;
  armenianUsage?: string;
  azerbaijaniUsage?: string;
}

/** The fields of each file that readers see, by record; `details` of forces.json: its text values only. */
const FIELDS = {
  timeline: ['title', 'summary', 'dateNote'],
  forces: ['label', 'unit', 'reportedBy', 'note'],
  places: ['name', 'armenianUsage', 'azerbaijaniUsage', 'kind', 'country', 'note'],
  actors: ['name'],
  population: ['kind', 'territory', 'totalNote', 'note'],
  displacement: ['period', 'counts', 'reportedBy', 'note'],
} as const;
type DataFile = keyof typeof FIELDS;

type Texts = Record<string, Record<string, unknown>>;
const files = import.meta.glob<Texts>('./data/*/*.json', { eager: true, import: 'default' });

/** A record's texts in the reference (English) data, as a translation must give them. */
function englishTexts(file: DataFile, record: Record<string, unknown>): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const field of FIELDS[file]) {
    const value = record[field];
    if (typeof value === 'string') texts[field] = value;
  }
  if (file === 'forces' && record.details && typeof record.details === 'object') {
    for (const [key, value] of Object.entries(record.details)) if (typeof value === 'string') texts[`details.${key}`] = value;
  }
  if (file === 'actors') for (const r of (record as Actor).relations) texts[`relations.${relationKey(r)}`] = r.note;
  return texts;
}

/** A relation, as translations name it: "<to> <kind> <from>" ("csto security-treaty 1992-05-15"). */
export const relationKey = (r: Actor['relations'][number]) => `${r.to} ${r.kind} ${r.from}`;

/** Flattens a translation's record ({ details: { term: … } } → "details.term"). */
function flatten(value: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(flatten(v as Record<string, unknown>, `${prefix}${key}.`)) : [[`${prefix}${key}`, v]])),
  );
}

/** The translated texts of each record of a file, checked against the English records. */
function translations(locale: Locale, file: DataFile, records: { id: string }[]): Map<string, Record<string, string>> {
  const path = `src/i18n/data/${locale}/${file}.json`;
  const given = files[`./data/${locale}/${file}.json`];
  if (!given) throw new Error(`locale ${locale}: no translation of src/data/${file}.json (expected ${path})`);
  const problems: string[] = [];
  const result = new Map<string, Record<string, string>>();
  for (const record of records) {
    const wanted = englishTexts(file, record as Record<string, unknown>);
    const own = given[record.id];
    if (!own) {
      problems.push(`"${record.id}": missing`);
      continue;
    }
    const flat = flatten(own);
    for (const field of Object.keys(wanted)) {
      if (typeof flat[field] !== 'string' || !(flat[field] as string).trim()) problems.push(`"${record.id}": missing ${field}`);
    }
    for (const field of Object.keys(flat)) if (!(field in wanted)) problems.push(`"${record.id}": ${field} is not a text of this record in English`);
    result.set(record.id, flat as Record<string, string>);
  }
  const ids = new Set(records.map((r) => r.id));
  for (const id of Object.keys(given)) if (!ids.has(id)) problems.push(`"${id}": no such record in src/data/${file}.json`);
  if (problems.length > 0) throw new Error(`locale ${locale}: ${path}: ${problems.join('; ')}`);
  return result;
}

function localize(locale: Locale): LocalizedData {
  const placesWithName = placeRecords.map((p): Place & PlaceNames => {
    const { en: name, armenianUsage, azerbaijaniUsage } = p.names;
    return { ...p, name, ...(armenianUsage && azerbaijaniUsage ? { armenianUsage, azerbaijaniUsage } : {}) };
  });
  if (locale === DEFAULT_LOCALE) {
    return { timelineEvents, forceFigures, placeRecords: placesWithName, actorRecords, populationRecords: populationData.records, displacementData };
  }
  const apply = <T extends { id: string }>(file: DataFile, records: T[], merge: (record: T, text: Record<string, string>) => T) => {
    const texts = translations(locale, file, records);
    return records.map((record) => merge(record, texts.get(record.id)!));
  };
  const plain = <T extends { id: string }>(file: DataFile, records: T[]) => apply(file, records, (record, text) => ({ ...record, ...text }));
  const displacementFiles = Object.entries(displacementData).filter((entry): entry is [string, DisplacementFigure[]] => Array.isArray(entry[1]));
  const displacementTexts = translations(locale, 'displacement', displacementFiles.flatMap(([, list]) => list));
  return {
    timelineEvents: plain('timeline', timelineEvents),
    forceFigures: apply('forces', forceFigures, (record, text) => {
      const isDetail = ([key]: [string, string]) => key.startsWith('details.');
      const own = Object.fromEntries(Object.entries(text).filter((entry) => !isDetail(entry)));
      const details = Object.fromEntries(Object.entries(text).filter(isDetail).map(([key, value]) => [key.slice('details.'.length), value]));
      return { ...record, ...own, ...(record.details ? { details: { ...(record.details as object), ...details } } : {}) };
    }),
    placeRecords: apply('places', placesWithName, (record, text) => ({ ...record, ...text })),
    actorRecords: apply('actors', actorRecords, (record, text) => ({
      ...record,
      name: text.name!,
      relations: record.relations.map((r) => ({ ...r, note: text[`relations.${relationKey(r)}`]! })),
    })),
    populationRecords: plain('population', populationData.records),
    displacementData: {
      ...displacementData,
      ...Object.fromEntries(displacementFiles.map(([key, list]) => [key, list.map((d) => ({ ...d, ...displacementTexts.get(d.id) }))])),
    },
  };
}

const cache = new Map<Locale, LocalizedData>();

/** The data in a language (checked and merged once per build). */
export function localizedData(locale: Locale): LocalizedData {
  let found = cache.get(locale);
  if (!found) cache.set(locale, (found = localize(locale)));
  return found;
}
