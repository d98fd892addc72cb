import { snippet, type SnippetSpec } from '../embed/build/snippets.ts';
import { DEFAULT_EMBED_OPTIONS, EMBED_SWITCHES, EMBED_THEMES, type EmbedOptions, type EmbedTheme } from '../embed/options.ts';
import { configuredSite } from '../site.ts';

/**
 * The Embed panel's options for single graphics (title, "About this graphic", Previous/Next, theme):
 * each change rewrites the single-graphic snippets (`[data-snippet]` with a visual), spec and text, so
 * Copy copies what is chosen. Without JavaScript the form stays hidden and the panel's text lists the
 * same options.
 */
export function startEmbedOptionsForm() {
  const form = document.querySelector<HTMLFormElement>('[data-embed-options]');
  if (!form) return;
  const chosen = (): EmbedOptions => {
    const options: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS };
    for (const name of EMBED_SWITCHES) options[name] = form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.checked;
    const theme = form.querySelector<HTMLSelectElement>('select[name="theme"]')!.value;
    if ((EMBED_THEMES as readonly string[]).includes(theme)) options.theme = theme as EmbedTheme;
    return options;
  };
  form.addEventListener('change', () => {
    const options = chosen();
    for (const el of document.querySelectorAll<HTMLElement>('[data-snippet]')) {
      const spec = JSON.parse(el.dataset.snippet!) as SnippetSpec;
      if (!spec.viz) continue;
      spec.options = options;
      el.dataset.snippet = JSON.stringify(spec);
      // On the configured site's address, or (a build without SITE_URL) on the one the page is served from.
      el.textContent = snippet(spec, configuredSite ? undefined : location.origin);
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
}
