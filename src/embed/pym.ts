/**
 * NPR pym.js v1 wire format, as pym.v1.js 1.3.2 reads and writes it: every message is the string
 * `pym` xPYMx <id> xPYMx <type> xPYMx <payload>, where <id> is the id of the host's container
 * (the `childId` query parameter of the frame). Pure functions, shared by the child and the loader.
 */
export const DELIMITER = 'xPYMx';

/** Longer strings are not pym messages we understand (the longest we read is a position). */
const MAX_MESSAGE_LENGTH = 2048;
/** Anything outside ±this many CSS pixels is not a real viewport or frame position. */
const MAX_PIXELS = 10_000_000;

/** What either side needs of a message event; a MessageEvent fits. */
export interface IncomingMessage {
  source: unknown;
  data: unknown;
  /** The sender's origin (a MessageEvent's); the loader checks it, a frame cannot know its host's. */
  origin?: unknown;
}

export interface PymMessage {
  type: string;
  payload: string;
}

/** Where the host's viewport and the frame are, in host-viewport CSS pixels (pym 1.3 `viewport-iframe-position`). */
export interface HostPosition {
  viewportWidth: number;
  viewportHeight: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function formatPymMessage(id: string, type: string, payload = ''): string {
  return ['pym', id, type, payload].join(DELIMITER);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** pym's own matcher (`^pym xPYMx id xPYMx (\S+) xPYMx (.*)$`), with the id escaped; null for anything else. */
export function parsePymMessage(id: string, data: unknown): PymMessage | null {
  if (typeof data !== 'string' || data.length > MAX_MESSAGE_LENGTH || !id) return null;
  const match = new RegExp(`^pym${DELIMITER}${escapeRegExp(id)}${DELIMITER}(\\S+)${DELIMITER}(.*)$`).exec(data);
  return match ? { type: match[1]!, payload: match[2]! } : null;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

/** A finite number written the way JavaScript prints one, within sane pixel bounds; else null. */
export function parsePixels(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) <= MAX_PIXELS ? value : null;
}

/** `"<vw> <vh> <top> <left> <bottom> <right>"`; null unless all six are numbers and the rectangles make sense. */
export function parseHostPosition(payload: string): HostPosition | null {
  const parts = payload.split(' ');
  if (parts.length !== 6) return null;
  const numbers = parts.map(parsePixels);
  if (numbers.some((n) => n === null)) return null;
  const [viewportWidth, viewportHeight, top, left, bottom, right] = numbers as number[];
  if (viewportWidth! <= 0 || viewportHeight! <= 0 || bottom! < top! || right! < left!) return null;
  return { viewportWidth: viewportWidth!, viewportHeight: viewportHeight!, top: top!, left: left!, bottom: bottom!, right: right! };
}

export function formatHostPosition(p: HostPosition): string {
  return [p.viewportWidth, p.viewportHeight, p.top, p.left, p.bottom, p.right].join(' ');
}

/** A height or width: a whole, non-negative number of pixels (pym `parseInt`s; we are stricter). */
export function parseLength(payload: string): number | null {
  if (!/^\d{1,8}$/.test(payload)) return null;
  return Number(payload);
}

/** The AMP (and @newswire/frames) resize request, sent beside pym's `height`. */
export function ampEmbedSize(height: number) {
  return { sentinel: 'amp', type: 'embed-size', height } as const;
}

/** Reads an AMP `embed-size` request; null for anything else. */
export function parseAmpEmbedSize(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { sentinel, type, height } = data as Record<string, unknown>;
  if (sentinel !== 'amp' || type !== 'embed-size' || typeof height !== 'number') return null;
  return Number.isFinite(height) && height >= 0 && height <= MAX_PIXELS ? height : null;
}

/** The id the host gave this frame (pym's `childId` query parameter), or null when not in a pym frame. */
export function pymChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id && id.length <= 200 ? id : null;
}
