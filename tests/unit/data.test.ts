import { describe, expect, it } from 'vitest';
import actorsJson from '../../src/data/actors.json';
import displacementJson from '../../src/data/displacement.json';
import populationJson from '../../src/data/population.json';
import { ARTICLE_COVERS_UNTIL, eventsAfter } from '../../src/data/events.ts';
import { actorRecords, displacementData, factSources, populationData, timelineEvents } from '../../src/data/index.ts';
import { actors, displacement, population, type Source } from '../../src/data/schema.ts';
import { creditOrder, sourceCredit } from '../../src/data/sources.ts';
import { en } from '../support/i18n.ts';
import { parseError } from '../support/parse-error.ts';

const copy = <T>(value: T): T => structuredClone(value);

describe('actors.json', () => {
  it('loads every actor and relation with its sources', () => {
    expect(actorRecords.map((a) => a.id)).toEqual(expect.arrayContaining(['azerbaijan', 'armenia', 'nk-de-facto', 'russia', 'turkey', 'csto', 'icc']));
    for (const a of actorRecords) for (const r of a.relations) expect(r.sources.length, `${a.id} -> ${r.to}`).toBeGreaterThan(0);
  });

  it('fails, naming the file and field, when a relation has no source', () => {
    const raw = copy(actorsJson);
    raw[1]!.relations[1]!.sources = [];
    expect(parseError('src/data/actors.json', actors, raw)).toMatch(/src\/data\/actors\.json:\n\s+\[1\]\.relations\[1\]\.sources: needs at least one source/);
  });

  it('fails when a relation names an actor that does not exist, or ends before it starts', () => {
    const raw = copy(actorsJson);
    raw[0]!.relations[0]!.to = 'atlantis';
    (raw[0]!.relations[1] as { until?: string }).until = '1900';
    const message = parseError('src/data/actors.json', actors, raw);
    expect(message).toContain('[0].relations[0].to: unknown actor "atlantis"');
    expect(message).toContain('[0].relations[1].until: is before from (1988-02-20)');
  });

  it('rejects a relation kind the visual cannot draw', () => {
    const raw = copy(actorsJson);
    (raw[0]!.relations[0] as { kind: string }).kind = 'friendship';
    expect(parseError('src/data/actors.json', actors, raw)).toContain('[0].relations[0].kind');
  });
});

describe('population.json', () => {
  it('loads the census rows in year order with their totals', () => {
    const years = populationData.records.map((d) => d.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(populationData.records.find((d) => d.id === 'census-nkr-2015')!.total).toBe(145053);
  });

  it('fails, naming the file and field, when a record has no sources field', () => {
    const raw = copy(populationJson) as { records: Record<string, unknown>[] };
    delete raw.records[3]!.sources;
    expect(parseError('src/data/population.json', population, raw)).toMatch(/src\/data\/population\.json:\n\s+records\[3\]\.sources: /);
  });

  it('rejects a share above 100%', () => {
    const raw = copy(populationJson);
    raw.records[0]!.groups.armenians!.sharePct = 189.2;
    expect(parseError('src/data/population.json', population, raw)).toContain('records[0].groups.armenians.sharePct');
  });
});

describe('displacement.json', () => {
  it('loads the cumulative 2023 series with the series each point belongs to', () => {
    const series = new Set(displacementData.exodus2023Cumulative.map((d) => d.chartSeries));
    expect(series).toEqual(new Set(['armenian-government-count', 'other-report']));
  });

  it('fails, naming the section and field, when a figure has no source', () => {
    const raw = copy(displacementJson);
    raw.exodus2023Totals[2]!.sources = [];
    expect(parseError('src/data/displacement.json', displacement, raw)).toContain('exodus2023Totals[2].sources: needs at least one source');
  });

  it('fails when a figure has neither a value, a range nor a note', () => {
    const raw = copy(displacementJson) as unknown as { exodus2023Totals: Record<string, unknown>[] };
    raw.exodus2023Totals[0]!.value = null;
    expect(parseError('src/data/displacement.json', displacement, raw)).toContain('exodus2023Totals[0].value: needs a value');
  });
});

describe('factSources', () => {
  it('lets editor’s notes cite actors, relations, population and displacement records', () => {
    expect(factSources['actors/turkey']!.length).toBeGreaterThan(0);
    // All relations from Armenia to the CSTO (the treaty and the criticism), without repeating a source.
    const treaty = factSources['actors/armenia/csto']!;
    expect(new Set(treaty.map((s) => s.url)).size).toBe(treaty.length);
    expect(treaty.map((s) => s.publisher)).toEqual(expect.arrayContaining(['OC Media', 'RT']));
    expect(factSources['population/census-nkr-2015']).toBeDefined();
    expect(factSources['displacement/exodus-unhcr-factsheet']![0]!.url).toMatch(/^https?:\/\//);
    expect(factSources['displacement/nothing-here']).toBeUndefined();
  });
});

describe('creditOrder', () => {
  const source = (publisher: string, extra: Partial<Source> = {}): Source => ({ title: publisher, publisher, url: `https://example.org/${publisher}`, ...extra });

  it('lists each source once and state media after the sources beside them', () => {
    const tass = source('TASS', { stateMedia: true });
    const list = creditOrder([tass, source('Reuters'), source('OC Media'), source('Reuters'), source('RT', { stateMedia: true })]);
    expect(list.map((s) => s.publisher)).toEqual(['Reuters', 'OC Media', 'TASS', 'RT']);
  });

  it('credits the issuing body first and the host of the copy second', () => {
    expect(sourceCredit(source('International Court of Justice', { copyAt: 'armenian-genocide.org' }), en.t)).toBe('International Court of Justice (copy at armenian-genocide.org)');
    expect(sourceCredit(source('OC Media'), en.t)).toBe('OC Media');
  });

  it('puts the primary source of the Eagle Partner figure before Sputnik in every note citing it', () => {
    const credits = creditOrder(factSources['forces/eagle-partner-2023']!);
    expect(credits.at(-1)!.publisher).toMatch(/^Sputnik/);
  });
});

describe('eventsAfter', () => {
  const event = (id: string, date: string) => ({ id, date, title: id, summary: id, actors: [], places: [], sources: [{ title: 't', publisher: 'p', url: 'https://example.org' }] });
  it('keeps events that begin after the date, oldest first, reading month and year precision as their first day', () => {
    const events = [event('dec', '2023-12'), event('offensive', '2023-09-19'), event('ceasefire', '2023-09-20'), event('exodus', '2023-09-24'), event('y2024', '2024')];
    expect(eventsAfter(events, '2023-09-20').map((e) => e.id)).toEqual(['exodus', 'dec', 'y2024']);
  });
  it('lists the real post-publication events, each with sources', () => {
    const later = eventsAfter(timelineEvents, ARTICLE_COVERS_UNTIL);
    expect(later.map((e) => e.id)).toEqual(expect.arrayContaining(['exodus-2023', 'dissolution-decree-2023', 'washington-summit-2025']));
    expect(later.map((e) => e.id)).not.toContain('ceasefire-2023');
    for (const e of later) expect(e.sources.length).toBeGreaterThan(0);
  });
});
