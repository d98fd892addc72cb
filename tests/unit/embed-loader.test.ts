// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://news.example.org/world/article.html" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FRAME_HEIGHT } from '../../src/embed/host/parent.ts';
import { startLoader } from '../../src/embed/host/loader.ts';
import { LOADER_ATTRIBUTE } from '../../src/embed/loader-attribute.ts';
import { formatPymMessage, parseHostPosition, parsePymMessage } from '../../src/embed/pym.ts';

/**
 * The host page's loader (/embed.js) on a newsroom's page (news.example.org), loaded from the
 * site that serves the embeds (explainer.example.net), under jsdom: which frames it takes over,
 * and what it does with the messages that reach the host's window.
 */
const SITE = 'https://explainer.example.net';
const LOADER = `${SITE}/graphics/embed.js`;

/** What the loader posts to a frame, as [target origin, type, payload]. */
type Posted = [string, string, string];

function frameHtml(id: string, src: string, marked = true) {
  return `<iframe id="${id}" src="${src}" height="720" ${marked ? LOADER_ATTRIBUTE : ''}></iframe>`;
}

function setUp(html: string) {
  document.body.innerHTML = html;
}

/** Records what the loader posts to each frame (spied on the frames' windows once it has taken them over). */
function spyOnPosts() {
  const posted = new Map<string, Posted[]>();
  for (const iframe of document.querySelectorAll('iframe')) {
    const log: Posted[] = [];
    posted.set(iframe.id, log);
    vi.spyOn(iframe.contentWindow!, 'postMessage').mockImplementation(((message: string, targetOrigin: string) => {
      const id = iframe.getAttribute(`${LOADER_ATTRIBUTE}-id`)!;
      const parsed = parsePymMessage(id, message);
      log.push([targetOrigin, parsed?.type ?? '?', parsed?.payload ?? message]);
    }) as Window['postMessage']);
  }
  return posted;
}

const frame = (id: string) => document.getElementById(id) as HTMLIFrameElement;
const childId = (id: string) => frame(id).getAttribute(`${LOADER_ATTRIBUTE}-id`)!;

/** A message reaching the host's window from `source`. */
function receive(source: Window | null, origin: string, data: unknown) {
  window.dispatchEvent(new MessageEvent('message', { source, origin, data }));
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  window.scrollTo = vi.fn() as typeof window.scrollTo;
  window.matchMedia = vi.fn(() => ({ matches: false })) as unknown as typeof window.matchMedia;
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the embed loader', () => {
  it('takes over only the marked frames from its own origin, giving each an id', () => {
    setUp(
      frameHtml('own', `${SITE}/graphics/embed/`) +
        frameHtml('visual', `${SITE}/graphics/embed/map/?step=offensive`) +
        frameHtml('unmarked', `${SITE}/graphics/embed/`, false) +
        frameHtml('elsewhere', 'https://evil.example/embed/') +
        frameHtml('downgraded', 'http://explainer.example.net/graphics/embed/') +
        frameHtml('script', 'javascript:parent.alert(1)'),
    );
    const marked = frame('own');
    startLoader(LOADER);
    // A new frame in place of the marked one (re-pointing the marked frame races with its first load).
    expect(marked.isConnected).toBe(false);
    const own = new URL(frame('own').src);
    expect(own.origin + own.pathname).toBe(`${SITE}/graphics/embed/`);
    expect(own.searchParams.get('childId')).toBe(childId('own'));
    expect(frame('own').getAttribute('scrolling')).toBe('no');
    const visual = new URL(frame('visual').src);
    expect([visual.searchParams.get('step'), visual.searchParams.get('childId')]).toEqual(['offensive', childId('visual')]);
    expect(childId('own')).not.toBe(childId('visual'));
    for (const id of ['unmarked', 'elsewhere', 'downgraded', 'script']) {
      expect(frame(id).hasAttribute(`${LOADER_ATTRIBUTE}-id`), id).toBe(false);
      expect(frame(id).src, id).not.toContain('childId');
    }
  });

  it('takes over nothing when it cannot tell where it was loaded from (inlined into another script)', () => {
    setUp(frameHtml('own', `${SITE}/graphics/embed/`));
    startLoader(null);
    expect(frame('own').hasAttribute(`${LOADER_ATTRIBUTE}-id`)).toBe(false);
    expect(console.warn).toHaveBeenCalledOnce();
  });

  it('takes a frame over once, however many times the script is on the page', () => {
    setUp(frameHtml('own', `${SITE}/graphics/embed/`));
    startLoader(LOADER);
    const first = frame('own').src;
    startLoader(LOADER);
    expect(frame('own').src).toBe(first);
  });

  it('sizes its frame from its own messages only, capped, and answers position requests at its origin only', () => {
    setUp(frameHtml('own', `${SITE}/graphics/embed/`) + frameHtml('other', `${SITE}/graphics/embed/`));
    startLoader(LOADER);
    const posted = spyOnPosts();
    const own = frame('own');
    const id = childId('own');
    receive(own.contentWindow, SITE, formatPymMessage(id, 'height', '5400'));
    expect(own.style.height).toBe('5400px');
    // The same message from another origin, another window, or for the other frame's id: ignored.
    receive(own.contentWindow, 'https://evil.example', formatPymMessage(id, 'height', '10'));
    receive(frame('other').contentWindow, SITE, formatPymMessage(id, 'height', '10'));
    receive(null, SITE, formatPymMessage(id, 'height', '10'));
    receive(own.contentWindow, SITE, formatPymMessage(childId('other'), 'height', '10'));
    expect(own.style.height).toBe('5400px');
    receive(own.contentWindow, SITE, formatPymMessage(id, 'height', '99999999'));
    expect(own.style.height).toBe(`${MAX_FRAME_HEIGHT}px`);

    receive(own.contentWindow, SITE, formatPymMessage(id, 'parentPositionInfo'));
    const replies = posted.get('own')!;
    expect(replies).toHaveLength(1);
    const [target, type, payload] = replies[0]!;
    expect([target, type]).toEqual([SITE, 'viewport-iframe-position']);
    expect(parseHostPosition(payload)).not.toBeNull();
    expect(posted.get('other')).toEqual([]);
  });

  it('scrolls the host only as far as its frame reaches, and never navigates it', () => {
    setUp(frameHtml('own', `${SITE}/graphics/embed/`));
    startLoader(LOADER);
    const own = frame('own');
    Object.defineProperty(own, 'offsetHeight', { value: 3000 });
    receive(own.contentWindow, SITE, formatPymMessage(childId('own'), 'scrollToChildPos', '1200'));
    receive(own.contentWindow, SITE, formatPymMessage(childId('own'), 'scrollToChildPos', '9000000'));
    expect(vi.mocked(window.scrollTo).mock.calls.map(([options]) => (options as ScrollToOptions).top)).toEqual([1200, 3000]);
    const before = location.href;
    receive(own.contentWindow, SITE, formatPymMessage(childId('own'), 'navigateTo', 'https://evil.example/'));
    expect(location.href).toBe(before);
  });

  it('keeps its frame within bounds and never throws, whatever reaches the window (fuzz)', () => {
    setUp(frameHtml('own', `${SITE}/graphics/embed/`) + frameHtml('other', `${SITE}/graphics/embed/`));
    startLoader(LOADER);
    const own = frame('own');
    const id = childId('own');
    let seed = 19;
    const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    const errors: unknown[] = [];
    window.addEventListener('error', (event) => errors.push(event.error));
    let expected = own.style.height;
    for (let i = 0; i < 5000; i++) {
      const source = pick([own.contentWindow, frame('other').contentWindow, window, null]);
      const origin = pick([SITE, 'https://evil.example', 'null', '']);
      const height = pick(['0', '720', String(Math.floor(next() * 1e8)), '-1', '1e5', 'NaN', '']);
      const data = pick<unknown>([formatPymMessage(pick([id, childId('other'), 'x']), pick(['height', 'width', 'navigateTo']), height), height, null, { height: 1e9 }]);
      receive(source, origin, data);
      if (source === own.contentWindow && origin === SITE && data === formatPymMessage(id, 'height', height) && /^\d{1,8}$/.test(height)) {
        expected = `${Math.min(Number(height), MAX_FRAME_HEIGHT)}px`;
      }
      expect(own.style.height).toBe(expected);
    }
    expect(errors).toEqual([]);
  });
});
