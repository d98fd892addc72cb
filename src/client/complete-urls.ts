import { snippet, type SnippetSpec } from '../embed/build/snippets.ts';
import { configuredSite } from '../site.ts';

/**
 * A build without SITE_URL does not know the site's address, so it writes embed snippets and the
 * credit line with base-relative paths (never a guess such as localhost). The page completes them
 * from the address it is served from: each `[data-snippet]` is rebuilt from its spec, and the
 * no-JavaScript hint (`[data-needs-origin]`) is hidden.
 */
export function completeUrls(): void {
  if (configuredSite) return;
  for (const el of document.querySelectorAll<HTMLElement>('[data-snippet]')) {
    el.textContent = snippet(JSON.parse(el.dataset.snippet!) as SnippetSpec, location.origin);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-needs-origin]')) el.hidden = true;
}
