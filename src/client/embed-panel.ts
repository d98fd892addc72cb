import { startCopyButtons } from './copy-buttons.ts';
import { startEmbedOptionsForm } from './embed-options-form.ts';

/** The Embed panel: its copy buttons, and the options form that rewrites its single-graphic snippets. */
export function startEmbedPanel() {
  startCopyButtons();
  startEmbedOptionsForm();
}
