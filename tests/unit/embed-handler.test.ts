import { describe, expect, it, vi } from 'vitest';
import { pymMessageHandler, type IncomingMessage } from '../../src/embed/child.ts';
import { formatPymMessage, type HostPosition } from '../../src/embed/pym.ts';

const parent = { name: 'the parent window' };
const stranger = { name: 'another frame' };
const ID = 'karabakh';

function handler() {
  const positions: HostPosition[] = [];
  let widths = 0;
  const handle = pymMessageHandler({ id: ID, parent, onPosition: (p) => positions.push(p), onWidth: () => widths++ });
  return { handle, positions, widths: () => widths };
}

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the pym message handler', () => {
  it('passes on positions and width changes from the parent window', () => {
    const { handle, positions, widths } = handler();
    handle({ source: parent, data: formatPymMessage(ID, 'viewport-iframe-position', '1280 800 -300 0 5000 1280') });
    handle({ source: parent, data: formatPymMessage(ID, 'width', '960') });
    expect(positions).toEqual([{ viewportWidth: 1280, viewportHeight: 800, top: -300, left: 0, bottom: 5000, right: 1280 }]);
    expect(widths()).toBe(1);
  });

  it('ignores the same messages from any other window, or from none', () => {
    const { handle, positions, widths } = handler();
    for (const source of [stranger, null, undefined, {}]) {
      handle({ source, data: formatPymMessage(ID, 'viewport-iframe-position', '1280 800 -300 0 5000 1280') });
      handle({ source, data: formatPymMessage(ID, 'width', '960') });
    }
    expect(positions).toEqual([]);
    expect(widths()).toBe(0);
  });

  it('ignores malformed positions and unknown types', () => {
    const { handle, positions } = handler();
    for (const payload of ['1280 800 -300 0 5000', 'a b c d e f', '1280 800 -300 0 5000 1280 ', '']) {
      handle({ source: parent, data: formatPymMessage(ID, 'viewport-iframe-position', payload) });
    }
    handle({ source: parent, data: formatPymMessage(ID, 'navigateTo', 'javascript:alert(1)') });
    expect(positions).toEqual([]);
  });

  it('never throws and only ever reports sane positions, whatever arrives (fuzz)', () => {
    const next = random(20230919);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    const junk = () =>
      Array.from({ length: Math.floor(next() * 40) }, () => pick(['x', 'P', 'Y', 'M', ' ', '-', '.', 'e', '0', '7', '\n', '\u0000', '💥', 'pym', 'xPYMx', ID])).join('');
    const number = () => pick([String(Math.round((next() - 0.5) * 1e4)), String((next() - 0.5) * 1e4), 'NaN', '-Infinity', '1e400', '', '-', '0x1F', junk()]);
    const payloads = () => pick([Array.from({ length: pick([5, 6, 6, 6, 7]) }, number).join(' '), junk(), number()]);
    const data = (): unknown =>
      pick<() => unknown>([
        () => formatPymMessage(pick([ID, 'other', '', `${ID}x`, '.*']), pick(['viewport-iframe-position', 'width', 'height', junk()]), payloads()),
        () => junk(),
        () => ({ sentinel: 'amp', type: 'embed-size', height: next() }),
        () => pick([null, undefined, 42, true, [], {}, new ArrayBuffer(8), Symbol('s')]),
        () => formatPymMessage(ID, 'viewport-iframe-position', payloads()).replace(/x/g, () => pick(['x', 'X', ''])),
      ])();
    const hostile: IncomingMessage = {
      source: parent,
      get data(): unknown {
        throw new Error('a getter that throws');
      },
    };

    const { handle, positions } = handler();
    const sent: HostPosition[] = [];
    for (let i = 0; i < 20000; i++) {
      if (next() < 0.05) {
        // A genuine position from the parent, among the noise: it must get through.
        const top = (next() - 0.5) * 2e4;
        const position = { viewportWidth: 320 + Math.round(next() * 2000), viewportHeight: 480 + Math.round(next() * 900), top, left: 0, bottom: top + next() * 2e4, right: 1000 };
        sent.push(position);
        handle({ source: parent, data: formatPymMessage(ID, 'viewport-iframe-position', [position.viewportWidth, position.viewportHeight, position.top, position.left, position.bottom, position.right].join(' ')) });
        continue;
      }
      const event = { source: pick([parent, parent, parent, stranger, null]), data: data() };
      expect(() => handle(event)).not.toThrow();
    }
    const report = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => handle(hostile)).not.toThrow();
    expect(report).toHaveBeenCalledOnce();
    report.mockRestore();

    // Every genuine position got through, and every position reported is a real rectangle.
    expect(sent.length).toBeGreaterThan(500);
    expect(positions).toEqual(expect.arrayContaining(sent));
    for (const p of positions) {
      for (const value of Object.values(p)) expect(Number.isFinite(value)).toBe(true);
      expect(p.viewportWidth).toBeGreaterThan(0);
      expect(p.viewportHeight).toBeGreaterThan(0);
      expect(p.bottom).toBeGreaterThanOrEqual(p.top);
      expect(p.right).toBeGreaterThanOrEqual(p.left);
    }
  });
});
