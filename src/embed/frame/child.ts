import { ampEmbedSize, formatPymMessage, parseHostPosition, parsePymMessage, type HostPosition, type IncomingMessage } from '../pym.ts';

/**
 * The child's message handler: accepts pym messages for this frame's id from the parent window
 * only (whatever its origin: the host may be any newsroom), checks every payload, and never throws.
 */
export function pymMessageHandler(options: {
  id: string;
  parent: unknown;
  onPosition(position: HostPosition): void;
  onWidth(): void;
}): (event: IncomingMessage) => void {
  return (event) => {
    try {
      if (event.source !== options.parent || event.source == null) return;
      const message = parsePymMessage(options.id, event.data);
      if (!message) return;
      if (message.type === 'viewport-iframe-position') {
        const position = parseHostPosition(message.payload);
        if (position) options.onPosition(position);
      } else if (message.type === 'width') {
        options.onWidth();
      }
    } catch (error) {
      // A listener further down failed: report it, but a message must never break the page.
      console.error(error);
    }
  };
}

/**
 * The document's full height, margins included. pym's own measure (body.offsetHeight) drops the
 * body's margins and any margin that collapses through it, which cuts embeds off.
 */
export function documentHeight(): number {
  const html = document.documentElement;
  const style = getComputedStyle(html);
  return Math.ceil(html.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
}

/** How often to re-measure besides ResizeObserver, which Chromium pauses in off-screen cross-origin frames. */
const HEIGHT_CHECK_MS = 1000;

/**
 * Calls `report` with the document's height now and whenever it changes; the returned function
 * reports again even if unchanged (a host that resized the frame may want it again).
 */
export function watchHeight(report: (height: number) => void): () => void {
  let last = -1;
  const check = (force: boolean) => {
    const height = documentHeight();
    if (height !== last || force) report((last = height));
  };
  new ResizeObserver(() => check(false)).observe(document.documentElement);
  window.addEventListener('load', () => check(true));
  setInterval(() => check(false), HEIGHT_CHECK_MS);
  check(true);
  return () => check(true);
}

/** Any frame asks AMP (and frames-style loaders, which read the same message) for its full height. */
export function startAmpSizing(): void {
  watchHeight((height) => window.parent.postMessage(ampEmbedSize(height), '*'));
}

export interface PymChild {
  readonly id: string;
  /** The latest position the host sent, if any. */
  readonly position: HostPosition | undefined;
  onPosition(listener: (position: HostPosition) => void): () => void;
  /** Asks the host to scroll so that child position `y` is at the top of its viewport. */
  scrollHostTo(y: number): void;
  /** Asks the host for its position now (pym 1.3.1 `parentPositionInfo`; the reply is a position message). */
  requestPosition(): void;
}

/**
 * A pym.js v1 child: reports the document's height (pym `height`, plus AMP `embed-size`) whenever
 * it changes, asks for the host's position once, and hands on every position the host sends
 * (a pym Parent with `trackscroll: true` sends one on each scroll and resize).
 */
export function startPymChild(id: string): PymChild {
  const parent = window.parent;
  const listeners = new Set<(position: HostPosition) => void>();
  let position: HostPosition | undefined;
  const send = (type: string, payload?: string) => parent.postMessage(formatPymMessage(id, type, payload), '*');

  const resendHeight = watchHeight((height) => {
    send('height', String(height));
    parent.postMessage(ampEmbedSize(height), '*');
  });
  window.addEventListener(
    'message',
    pymMessageHandler({
      id,
      parent,
      onPosition(p) {
        position = p;
        for (const listener of listeners) listener(p);
      },
      onWidth: resendHeight,
    }),
  );
  const requestPosition = () => send('parentPositionInfo');
  requestPosition();

  return {
    id,
    get position() {
      return position;
    },
    onPosition(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    scrollHostTo: (y) => send('scrollToChildPos', String(Math.max(0, Math.round(y)))),
    requestPosition,
  };
}
