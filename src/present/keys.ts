/**
 * What a key does in the presentation. Presentation clickers send these keys (checked against
 * reveal.js's bindings and clicker reports): next is PageDown, →, ↓, Space or N; previous is
 * PageUp, ←, ↑, P or Shift+Space; Home and End go to the first and last step; "." or B blanks the
 * screen (a clicker's black-screen or stop button); F toggles full screen, and F5 (a laser pointer's
 * start button, which would otherwise reload the page) starts it. Keys pressed with Ctrl, Alt or
 * Meta are the browser's.
 */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'start';

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

const KEYS: Record<string, PresentAction> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  n: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  p: 'previous',
  Home: 'first',
  End: 'last',
  '.': 'blank',
  b: 'blank',
  f: 'fullscreen',
  F5: 'start',
};

/** Keys that still mean something with Shift held: Shift+Space goes back, Shift+F5 starts the show. */
const SHIFTED: Record<string, PresentAction> = { ' ': 'previous', F5: 'start' };

export function keyAction({ key, shiftKey, ctrlKey, altKey, metaKey }: KeyPress): PresentAction | undefined {
  if (ctrlKey || altKey || metaKey) return undefined;
  return shiftKey ? SHIFTED[key] : KEYS[key];
}
