import { describe, expect, it } from 'vitest';
import { factSources } from '../../src/data/index.ts';
import { parseDataFile } from '../../src/data/load.ts';
import { parseError } from '../support/parse-error.ts';
import { glossaryFor, glossaryHref } from '../../src/glossary/index.ts';
import { definitionId, markFirstUses, type MarkableTerm } from '../../src/glossary/mark.ts';
import { glossarySchema } from '../../src/glossary/schema.ts';

const schema = glossarySchema(factSources);
const glossary = glossaryFor('en');

/** Where usage differs, each side's name for the place, each in the headword. */
const names = [
  { name: 'Lachin', usedBy: 'Azerbaijani usage' },
  { name: 'Berdzor', usedBy: 'Armenian usage' },
];
const entry = {
  id: 'lachin-corridor',
  term: 'Lachin corridor (Lachin / Berdzor)',
  names,
  definition: 'The only road between Nagorno-Karabakh and Armenia, through the town of Lachin.',
  mark: ['Lachin corridor'],
  facts: ['timeline/lachin-blockade-2022'],
};

/** The build error for src/content/glossary/en.json. */
const buildError = (json: unknown) => parseError('src/content/glossary/en.json', schema, json);

describe('the glossary schema', () => {
  it('accepts a sourced entry and attaches the sources of its facts', () => {
    const [parsed] = parseDataFile('src/content/glossary/en.json', schema, [entry]);
    expect(parsed!.sources).toEqual(factSources['timeline/lachin-blockade-2022']);
    expect(parsed!.seeAlso).toEqual([]);
  });

  it('fails the build naming the file, the entry and the field', () => {
    const message = buildError([{ ...entry, facts: ['timeline/no-such-event'] }]);
    expect(message).toContain('src/content/glossary/en.json');
    expect(message).toContain('[0].facts[0]: unknown fact "timeline/no-such-event"');
  });

  it('requires a source for every definition', () => {
    expect(buildError([{ ...entry, facts: [] }])).toContain('[0].facts: a definition states facts');
  });

  it('requires every name a side uses to appear in the headword, so both are shown', () => {
    expect(buildError([{ ...entry, term: 'Lachin corridor' }])).toContain('[0].names[1].name: "Berdzor" must appear in the headword');
  });

  it('rejects duplicate ids, a phrase marked for two entries and unknown cross-references', () => {
    const message = buildError([entry, { ...entry, seeAlso: ['nowhere'] }]);
    expect(message).toContain('[1].id: duplicate glossary id "lachin-corridor"');
    expect(message).toContain('[1].mark[0]: "Lachin corridor" is already marked as "lachin-corridor"');
    expect(message).toContain('[1].seeAlso[0]: unknown glossary entry "nowhere"');
  });
});

describe('the glossary content', () => {
  it('defines the terms a teacher needs, with both names where usage differs', () => {
    const names = new Map(glossary.map((e) => [e.id, e.names.map((n) => n.name)]));
    expect(names.get('nagorno-karabakh')).toEqual(expect.arrayContaining(['Nagorno-Karabakh', 'Artsakh']));
    expect(names.get('stepanakert')).toEqual(expect.arrayContaining(['Stepanakert', 'Khankendi']));
    expect(names.get('shusha')).toEqual(expect.arrayContaining(['Shusha', 'Shushi']));
    expect(names.get('lachin-corridor')).toEqual(expect.arrayContaining(['Lachin', 'Berdzor']));
    expect(names.get('anti-terrorist-measures')).toEqual(expect.arrayContaining(['anti-terrorist measures', 'aggression']));
    expect(names.get('refugees')).toEqual(expect.arrayContaining(['refugees', 'forcibly displaced persons']));
    for (const id of ['enclave', 'de-facto-authorities', 'nkao', 'csto', 'collective-security', 'peacekeepers', 'minsk-group', 'icc', 'icj']) {
      expect(names.has(id), id).toBe(true);
    }
  });

  it('gives every entry at least one source, and every naming difference at least two names', () => {
    for (const e of glossary) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.names.length === 0 || e.names.length >= 2, e.id).toBe(true);
    }
  });

  it('is in alphabetical order of headword, ignoring opening quotation marks', () => {
    const words = glossary.map((e) => e.term.replace(/^\W+/, ''));
    expect(words).toEqual([...words].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

const term = (id: string, phrases: string[]): MarkableTerm => ({
  id,
  term: id.toUpperCase(),
  phrases,
  definitionHtml: `Definition of <em>${id}</em>.`,
  href: glossaryHref(id, (path) => `/${path}`),
  more: 'Glossary entry and sources',
});

describe('marking glossary terms in the story', () => {
  const enclave = term('enclave', ['enclave']);
  const nk = term('nagorno-karabakh', ['Nagorno-Karabakh']);

  it('marks only the first use of each term in the whole story', () => {
    const [first, second] = markFirstUses(['<p>The enclave of Nagorno-Karabakh; the enclave again.</p>', '<p>Nagorno-Karabakh and the enclave.</p>'], [enclave, nk]);
    expect(first!.marked).toEqual(['enclave', 'nagorno-karabakh']);
    expect(first!.html.match(/class="term"/g)).toHaveLength(2);
    expect(first!.html).toContain('; the enclave again.');
    expect(second).toEqual({ html: '<p>Nagorno-Karabakh and the enclave.</p>', marked: [] });
  });

  it('matches whole words only, and never inside links or code', () => {
    const [result] = markFirstUses(['<p><a href="/x">enclave</a> <code>enclave</code> enclaves, then an enclave.</p>'], [enclave]);
    expect(result!.html).toContain('<a href="/x">enclave</a> <code>enclave</code> enclaves, then an <span class="term"');
  });

  it('writes a link to the glossary entry, described by the hidden definition that follows it', () => {
    const [result] = markFirstUses(['<p>In Nagorno-Karabakh.</p>'], [nk]);
    const def = definitionId('nagorno-karabakh');
    expect(result!.html).toBe(
      '<p>In <span class="term" data-term="nagorno-karabakh">' +
        `<a class="term__ref" href="/glossary/#term-nagorno-karabakh" aria-describedby="${def}">Nagorno-Karabakh</a>` +
        `<span class="term__def" id="${def}" hidden><strong class="term__headword">NAGORNO-KARABAKH</strong> Definition of <em>nagorno-karabakh</em>. ` +
        '<a class="term__more" href="/glossary/#term-nagorno-karabakh">Glossary entry and sources</a></span></span>.</p>',
    );
  });

  it('marks the earliest phrase first when several terms share a paragraph', () => {
    const [result] = markFirstUses(['<p>Nagorno-Karabakh is called an enclave.</p>'], [enclave, nk]);
    expect(result!.marked).toEqual(['nagorno-karabakh', 'enclave']);
  });
});
