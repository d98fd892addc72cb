import { describe, expect, it } from 'vitest';
import { csvField, formatCell, tableToCsv, type DataTable } from '../../src/lib/table.ts';
import { en, englishVisuals } from '../support/i18n.ts';

const source = { title: 'Census, 2015', publisher: 'Stat "office"', url: 'https://example.org/a?b=1,2' };
const table: DataTable = {
  file: 'demo',
  caption: 'Demo',
  columns: [
    { key: 'year', label: 'Year', numeric: true },
    { key: 'note', label: 'Note' },
    { key: 'total', label: 'Total', numeric: true },
  ],
  rows: [
    { cells: { year: 2015, note: 'held on 1 December, "de facto"', total: 145053 }, sources: [source] },
    { cells: { year: 1939, note: 'line one\nline two', total: null }, sources: [source, { ...source, publisher: 'B' }] },
  ],
};

describe('tableToCsv', () => {
  it('writes a header of column keys plus a sources column, then one line per row', () => {
    const lines = tableToCsv(table, en.t).split('\r\n');
    expect(lines[0]).toBe('year,note,total,sources');
    expect(lines[1]).toBe('2015,"held on 1 December, ""de facto""",145053,"Stat ""office"": Census, 2015 <https://example.org/a?b=1,2>"');
    expect(lines.at(-1)).toBe('');
  });

  it('keeps line breaks inside quoted fields, leaves missing values empty and joins several sources', () => {
    const csv = tableToCsv(table, en.t);
    expect(csv).toContain('1939,"line one\nline two",,"Stat ""office"": Census, 2015 <https://example.org/a?b=1,2> | B: Census');
    // 1 header + 2 rows, each ended by CRLF.
    expect(csv.match(/\r\n/g)).toHaveLength(3);
  });
});

describe('csvField', () => {
  it('quotes only what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(null)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12')).toBe('-12');
    expect(csvField(-12)).toBe('-12');
  });
});

describe('formatCell', () => {
  it('groups thousands and shows missing values as a dash', () => {
    expect(formatCell(145053, en.format)).toBe('145,053');
    expect(formatCell(null, en.format)).toBe('–');
    expect(formatCell('NKAO', en.format)).toBe('NKAO');
  });

  it('groups thousands on both ends of a range, and leaves them out of the CSV', () => {
    expect(formatCell([50, 1000], en.format)).toBe('50–1,000');
    expect(csvField([300000, 500000])).toBe('300000–500000');
  });
});

describe('the published tables', () => {
  it('write years as years (1926, not 1,926) and ranges with separators', () => {
    const rows = englishVisuals.population!.table!.rows.map((row) => Object.fromEntries(Object.entries(row.cells).map(([k, v]) => [k, formatCell(v, en.format)])));
    expect(rows.map((r) => r.year)).toContain('1926');
    expect(rows.some((r) => r.armeniansCount === '50–1,000')).toBe(true);
  });
});
