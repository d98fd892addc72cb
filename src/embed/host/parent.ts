import { parseLength, parsePymMessage, type IncomingMessage } from '../pym.ts';

/**
 * The loader's side of pym.js v1 (what a pym Parent handles): accepts messages from its own
 * frame's window only, for its own id, with whole-pixel payloads, and never throws. It handles no
 * `navigateTo`: the embed never navigates the host page.
 */
export function parentMessageHandler(options: {
  id: string;
  frame: () => unknown;
  onHeight(height: number): void;
  onPositionRequest(): void;
  onScrollTo(childY: number): void;
}): (event: IncomingMessage) => void {
  return (event) => {
    try {
      const frame = options.frame();
      if (event.source == null || event.source !== frame) return;
      const message = parsePymMessage(options.id, event.data);
      if (!message) return;
      const length = parseLength(message.payload);
      if (message.type === 'height' && length !== null) options.onHeight(length);
      else if (message.type === 'parentPositionInfo') options.onPositionRequest();
      else if (message.type === 'scrollToChildPos' && length !== null) options.onScrollTo(length);
    } catch (error) {
      console.error(error);
    }
  };
}
