/**
 * A newsroom's options for a single-graphic embed (/embed/<viz-id>/), as query parameters, the way
 * hosted chart tools offer them: `title=0|1`, `caption=0|1` (the "About this graphic" block: what it
 * shows, source, data), `controls=0|1` (Previous/Next) and `theme=light|dark|auto` (auto: the
 * reader's setting). Anything else, or a malformed value, keeps the default: never an error page.
 */
export interface EmbedOptions {
  title: boolean;
  caption: boolean;
  controls: boolean;
  theme: EmbedTheme;
}

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export const DEFAULT_EMBED_OPTIONS: Readonly<EmbedOptions> = { title: true, caption: true, controls: true, theme: 'auto' };

/** The switches, in the order the Embed panel offers them. */
export const EMBED_SWITCHES = ['title', 'caption', 'controls'] as const satisfies readonly (keyof EmbedOptions)[];

const FLAGS: Record<string, boolean> = { '1': true, '0': false };

/** Reads the options from a query string (`?step=blockade&title=0`), keeping the default for anything unknown or malformed. */
export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const options: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS };
  for (const name of EMBED_SWITCHES) {
    const value = FLAGS[params.get(name)?.trim() ?? ''];
    if (value !== undefined) options[name] = value;
  }
  const theme = params.get('theme')?.trim().toLowerCase();
  if ((EMBED_THEMES as readonly string[]).includes(theme ?? '')) options.theme = theme as EmbedTheme;
  return options;
}

/** Writes the options that differ from the defaults into `params` (and removes the others), for a snippet's URL. */
export function setEmbedOptions(params: URLSearchParams, options: EmbedOptions): URLSearchParams {
  for (const name of EMBED_SWITCHES) {
    if (options[name] === DEFAULT_EMBED_OPTIONS[name]) params.delete(name);
    else params.set(name, options[name] ? '1' : '0');
  }
  if (options.theme === DEFAULT_EMBED_OPTIONS.theme) params.delete('theme');
  else params.set('theme', options.theme);
  return params;
}

/**
 * Applies the options to the page as attributes of the root element, which embed.css and global.css
 * read: `data-no-title` and the like (a part left out takes no room), `data-theme` (sets `color-scheme`).
 */
export function applyEmbedOptions(root: HTMLElement, options: EmbedOptions): void {
  for (const name of EMBED_SWITCHES) root.toggleAttribute(`data-no-${name}`, !options[name]);
  if (options.theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', options.theme);
}
