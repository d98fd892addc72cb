import { describe, expect, it } from 'vitest';
import {
  ampEmbedSize,
  formatHostPosition,
  formatPymMessage,
  parseAmpEmbedSize,
  parseHostPosition,
  parseLength,
  parsePymMessage,
  pymChildId,
} from '../../src/embed/pym.ts';

describe('pym.js v1 messages', () => {
  it('are written as pym writes them: pym, id, type and payload joined by xPYMx', () => {
    expect(formatPymMessage('story', 'height', '1234')).toBe('pymxPYMxstoryxPYMxheightxPYMx1234');
    // Array#join turns a missing payload into '' (pym 1.1.1 allows empty messages).
    expect(formatPymMessage('story', 'parentPositionInfo')).toBe('pymxPYMxstoryxPYMxparentPositionInfoxPYMx');
  });

  it('are read back with their type and payload', () => {
    const position = 'pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 800 -350.5 0 4650 1265';
    expect(parsePymMessage('story', position)).toEqual({ type: 'viewport-iframe-position', payload: '1280 800 -350.5 0 4650 1265' });
    expect(parsePymMessage('story', formatPymMessage('story', 'width', '640'))).toEqual({ type: 'width', payload: '640' });
  });

  it('are ignored when meant for another frame, not strings, or not pym at all', () => {
    expect(parsePymMessage('story', formatPymMessage('other', 'width', '640'))).toBeNull();
    expect(parsePymMessage('story', 'pymxPYMxstoryxPYMxwidth')).toBeNull();
    expect(parsePymMessage('story', { type: 'width' })).toBeNull();
    expect(parsePymMessage('story', null)).toBeNull();
    expect(parsePymMessage('', formatPymMessage('', 'width', '1'))).toBeNull();
    expect(parsePymMessage('story', `pymxPYMxstoryxPYMxwidthxPYMx${'9'.repeat(5000)}`)).toBeNull();
  });

  it('treat the id as text, not as a pattern (pym itself does not escape it)', () => {
    expect(parsePymMessage('a.b', formatPymMessage('aXb', 'width', '1'))).toBeNull();
    expect(parsePymMessage('a.b', formatPymMessage('a.b', 'width', '1'))).toEqual({ type: 'width', payload: '1' });
  });
});

describe('viewport-iframe-position', () => {
  it('reads the host viewport size and the frame rectangle, in host pixels', () => {
    expect(parseHostPosition('1280 800 -350.5 0 4650 1265')).toEqual({ viewportWidth: 1280, viewportHeight: 800, top: -350.5, left: 0, bottom: 4650, right: 1265 });
  });

  it('round-trips what the loader sends', () => {
    const position = { viewportWidth: 390, viewportHeight: 844, top: 120.25, left: 8, bottom: 9000, right: 382 };
    expect(parseHostPosition(formatHostPosition(position))).toEqual(position);
  });

  it('rejects anything but six numbers that form rectangles', () => {
    for (const payload of ['', '1280 800 0 0 100', '1280 800 0 0 100 100 5', '1280 800 a 0 100 100', '1280 800 NaN 0 100 100', '1280 800 Infinity 0 100 100', '0 800 0 0 100 100', '1280 -1 0 0 100 100', '1280 800 100 0 50 100', '1280  800 0 0 100 100', '1280 800 0 0 100 1e99', '0x10 800 0 0 100 100']) {
      expect(parseHostPosition(payload), payload).toBeNull();
    }
  });
});

describe('heights and widths', () => {
  it('are whole numbers of pixels', () => {
    expect(parseLength('4321')).toBe(4321);
    for (const payload of ['', '-1', '12.5', '12px', ' 12', '1e3', '123456789']) expect(parseLength(payload), payload).toBeNull();
  });

  it('go to AMP as an embed-size object, and only a sane one is read back', () => {
    expect(ampEmbedSize(900)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 900 });
    expect(parseAmpEmbedSize(ampEmbedSize(900))).toBe(900);
    expect(parseAmpEmbedSize({ sentinel: 'amp', type: 'embed-size', height: '900' })).toBeNull();
    expect(parseAmpEmbedSize({ sentinel: 'amp', type: 'embed-size', height: Number.NaN })).toBeNull();
    expect(parseAmpEmbedSize('{"sentinel":"amp"}')).toBeNull();
  });
});

describe('the frame id', () => {
  it('comes from the childId parameter pym adds to the frame URL', () => {
    expect(pymChildId('?initialWidth=700&childId=karabakh&parentTitle=Host')).toBe('karabakh');
    expect(pymChildId('?step=blockade')).toBeNull();
    expect(pymChildId('')).toBeNull();
  });
});
