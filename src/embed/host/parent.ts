import { parseLength, parsePymMessage, type IncomingMessage } from '../pym.ts';

/**
 * The tallest frame the loader makes: about five times the story's full height on a narrow phone.
 * A frame that asks for more has a bug (a height that grows with the frame), not more to show.
 */
export const MAX_FRAME_HEIGHT = 150_000;

/**
 * The loader's side of pym.js v1 (what a pym Parent handles): accepts messages from its own
 * frame's window at the embed's origin only, for its own id, with whole-pixel payloads (heights
 * capped at MAX_FRAME_HEIGHT), and never throws. It handles no `navigateTo`: the embed never
 * navigates the host page.
 */
export function parentMessageHandler(options: {
  id: string;
  /** The embed's origin: messages from anywhere else are ignored. */
  origin: string;
  frame: () => unknown;
  onHeight(height: number): void;
  onPositionRequest(): void;
  onScrollTo(childY: number): void;
}): (event: IncomingMessage) => void {
  return (event) => {
    try {
      const frame = options.frame();
      if (event.source == null || event.source !== frame || event.origin !== options.origin) return;
      const message = parsePymMessage(options.id, event.data);
      if (!message) return;
      const length = parseLength(message.payload);
      if (message.type === 'height' && length !== null) options.onHeight(Math.min(length, MAX_FRAME_HEIGHT));
      else if (message.type === 'parentPositionInfo') options.onPositionRequest();
      else if (message.type === 'scrollToChildPos' && length !== null) options.onScrollTo(length);
    } catch (error) {
      console.error(error);
    }
  };
}
