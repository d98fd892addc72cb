import { describe, expect, it, vi } from 'vitest';
import { pymMessageHandler } from '../../src/embed/frame/child.ts';
import { MAX_FRAME_HEIGHT, parentMessageHandler } from '../../src/embed/host/parent.ts';
import { formatPymMessage, type HostPosition, type IncomingMessage } from '../../src/embed/pym.ts';

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

  it('never throws and only ever reports sane positions, whatever arrives (fuzz)', { timeout: 60_000 }, () => {
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
    // Vitest would report a throw from handle() as this test's failure.
    for (let i = 0; i < 20000; i++) {
      if (next() < 0.05) {
        // A genuine position from the parent, among the noise: it must get through.
        const top = (next() - 0.5) * 2e4;
        const position = { viewportWidth: 320 + Math.round(next() * 2000), viewportHeight: 480 + Math.round(next() * 900), top, left: 0, bottom: top + next() * 2e4, right: 1000 };
        sent.push(position);
        handle({ source: parent, data: formatPymMessage(ID, 'viewport-iframe-position', [position.viewportWidth, position.viewportHeight, position.top, position.left, position.bottom, position.right].join(' ')) });
        continue;
      }
      handle({ source: pick([parent, parent, parent, stranger, null]), data: data() });
    }
    const report = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => handle(hostile)).not.toThrow();
    expect(report).toHaveBeenCalledOnce();
    report.mockRestore();

    // Every genuine position got through, and every position reported is a real rectangle.
    expect(sent.length).toBeGreaterThan(500);
    const received = new Set(positions.map((p) => JSON.stringify(p)));
    expect(sent.filter((p) => !received.has(JSON.stringify(p)))).toEqual([]);
    const insane = positions.filter((p) => !Object.values(p).every(Number.isFinite) || p.viewportWidth <= 0 || p.viewportHeight <= 0 || p.bottom < p.top || p.right < p.left);
    expect(insane).toEqual([]);
  });
});

describe("the loader's message handler (host side)", () => {
  const frame = { name: 'the embed frame' };
  const ORIGIN = 'https://embed.example.org';
  function loader() {
    const calls: string[] = [];
    const handle = parentMessageHandler({
      id: ID,
      origin: ORIGIN,
      frame: () => frame,
      onHeight: (h) => calls.push(`height ${h}`),
      onPositionRequest: () => calls.push('position'),
      onScrollTo: (y) => calls.push(`scroll ${y}`),
    });
    return { handle, calls };
  }

  it('sizes the frame, answers position requests and scrolls to a child position, for its own frame at its origin only', () => {
    const { handle, calls } = loader();
    for (const source of [frame, stranger, null]) {
      for (const origin of [ORIGIN, 'https://evil.example', 'http://embed.example.org', 'null', undefined]) {
        handle({ source, origin, data: formatPymMessage(ID, 'height', '5400') });
        handle({ source, origin, data: formatPymMessage(ID, 'parentPositionInfo') });
        handle({ source, origin, data: formatPymMessage(ID, 'scrollToChildPos', '1200') });
      }
    }
    expect(calls).toEqual(['height 5400', 'position', 'scroll 1200']);
  });

  it('never navigates the host, ignores lengths that are not whole pixels, and caps heights', () => {
    const { handle, calls } = loader();
    handle({ source: frame, origin: ORIGIN, data: formatPymMessage(ID, 'navigateTo', 'javascript:alert(1)') });
    handle({ source: frame, origin: ORIGIN, data: formatPymMessage(ID, 'navigateTo', 'https://example.org/') });
    for (const payload of ['-5', '12.5', '1e9', 'NaN', '', '99999999999']) {
      handle({ source: frame, origin: ORIGIN, data: formatPymMessage(ID, 'height', payload) });
      handle({ source: frame, origin: ORIGIN, data: formatPymMessage(ID, 'scrollToChildPos', payload) });
    }
    expect(calls).toEqual([]);
    handle({ source: frame, origin: ORIGIN, data: formatPymMessage(ID, 'height', '99999999') });
    expect(calls).toEqual([`height ${MAX_FRAME_HEIGHT}`]);
  });

  it('never throws, and only acts on well-formed messages from its frame (fuzz)', { timeout: 60_000 }, () => {
    const next = random(1994);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    const junk = () => Array.from({ length: Math.floor(next() * 30) }, () => pick(['x', 'PYM', ' ', '-', '9', '\n', 'pym', 'xPYMx', ID, 'height'])).join('');
    const { handle, calls } = loader();
    let genuine = 0;
    const wrong: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const source = pick([frame, frame, stranger, null, undefined]);
      const origin = pick([ORIGIN, ORIGIN, ORIGIN, ORIGIN, 'https://evil.example', `${ORIGIN}.evil.example`, 'null', '', undefined]);
      const type = pick(['height', 'parentPositionInfo', 'scrollToChildPos', 'navigateTo', junk()]);
      const payload = pick([String(Math.floor(next() * 1e5)), junk(), String(next() * -100)]);
      const data = pick<unknown>([formatPymMessage(pick([ID, 'other', '']), type, payload), junk(), { height: 10 }, null, 7]);
      const before = calls.length;
      handle({ source, origin, data });
      if ((source !== frame || origin !== ORIGIN) && calls.length !== before) wrong.push(`acted on a message from another window or origin (${origin}): ${String(data)}`);
      if (source === frame && origin === ORIGIN && data === formatPymMessage(ID, type, payload) && /^\d+$/.test(payload) && ['height', 'parentPositionInfo', 'scrollToChildPos'].includes(type)) {
        genuine++;
        if (calls.length !== before + 1) wrong.push(`ignored a genuine message: ${data}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(genuine).toBeGreaterThan(20);
    for (const call of calls) expect(call).toMatch(/^(height \d+|position|scroll \d+)$/);
    for (const call of calls.filter((c) => c.startsWith('height'))) expect(Number(call.slice(7))).toBeLessThanOrEqual(MAX_FRAME_HEIGHT);
  });
});
