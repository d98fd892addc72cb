import { describe, expect, it } from 'vitest';
import { formatFigure, statedFigure } from '../../src/data/figures.ts';
import { figureGroups } from '../../src/story/figures.ts';
import { en } from '../support/i18n.ts';

const { keyNumbers, contested: contestedFigures } = figureGroups(en);

describe('statedFigure', () => {
  it('reads the number a record states, from any of the three kinds of record', () => {
    expect(statedFigure('displacement/armenian-displaced-1990s')).toMatchObject({ low: 300000, high: 500000 });
    expect(statedFigure('forces/2023-azerbaijan-deaths')).toMatchObject({ low: 192, high: 192, reportedBy: 'Azerbaijani Health Ministry' });
    expect(statedFigure('population/estimate-after-exodus-2023')).toMatchObject({ low: 50, high: 1000 });
    expect(statedFigure('population/census-1939')).toBeUndefined(); // no total was confirmed
    expect(statedFigure('timeline/offensive-2023')).toBeUndefined();
  });

  it('writes a figure as the site does: separators, ranges, and the qualifier the source uses', () => {
    expect(formatFigure({ low: 120000, high: 120000, approximate: true }, en)).toBe('about 120,000');
    expect(formatFigure({ low: 20000, high: 30000, approximate: true }, en)).toBe('about 20,000–30,000');
    expect(formatFigure({ low: 218, high: 218, approximate: false }, en, 'at least')).toBe('at least 218');
  });
});

describe('the Key numbers and contested figures', () => {
  const group = (label: string) => [...keyNumbers, ...contestedFigures].find((g) => g.label === label)!;

  it('give the range across who says what, read from the records', () => {
    expect(group('Left for Armenia, September–October 2023').range).toBe('100,417–115,183');
    expect(group('Left for Armenia, September–October 2023').figures.map((f) => f.value)).toEqual(['100,417', '100,520', '115,183']);
    expect(group('Karabakh Armenians killed, 19–20 September 2023').figures.map((f) => f.value)).toEqual(['at least 200', '223']);
  });

  it('name at least one source for every figure', () => {
    for (const g of [...keyNumbers, ...contestedFigures]) for (const f of g.figures) expect(f.sources.length, `${g.label}: ${f.who}`).toBeGreaterThan(0);
  });
});
