/**
 * The page's own scripts, started once it has painted. None is needed for the first paint (the layout with
 * JavaScript is chosen in CSS, by the `scripting` media feature), so the first paint waits for nothing but
 * the HTML and the headline's face, and the scripts' downloads never compete with it. A component names
 * the script it needs with `data-client="<name>"` on its markup.
 */
export const PAGE_SCRIPTS = {
  story: () => import('./story.ts').then((m) => m.startStory()),
  'share-links': () => import('./share-links.ts').then((m) => m.startShareLinks()),
  'complete-urls': () => import('./complete-urls.ts').then((m) => m.completeUrls()),
  'embed-panel': () => import('./embed-panel.ts').then((m) => m.startEmbedPanel()),
} satisfies Record<string, () => Promise<unknown>>;

export type PageScript = keyof typeof PAGE_SCRIPTS;

/** The scripts named on the page, each once, in document order. */
export function scriptsOn(root: ParentNode): PageScript[] {
  const names = [...root.querySelectorAll<HTMLElement>('[data-client]')].map((el) => el.dataset.client!);
  const unknown = names.filter((name) => !(name in PAGE_SCRIPTS));
  if (unknown.length) throw new Error(`data-client names no page script: ${unknown.join(', ')} (src/client/page-scripts.ts)`);
  return [...new Set(names as PageScript[])];
}

/**
 * Runs `start` once, after the next frame is painted (an animation frame's callbacks run before its paint;
 * a task queued from one runs after it). A document that paints no frame (hidden, or an iframe scrolled out
 * of view, where browsers pause animation frames) starts after `latestMs` all the same.
 */
export function afterNextPaint(start: () => void, latestMs = 500) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, latestMs);
}

/** Starts the scripts the page's components name, once it has painted. */
export function startPageScripts(root: ParentNode = document) {
  afterNextPaint(() => {
    for (const name of scriptsOn(root)) void PAGE_SCRIPTS[name]();
  });
}
