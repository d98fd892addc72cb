import { fill } from '../i18n/fill.ts';

/**
 * "Share this step": each `a[data-share-link]` points at the step's share page (/share/<step>/, whose link
 * preview shows that step's graphic). With a clipboard, a click copies the link instead of following it;
 * without JavaScript it is a plain link that leads back to the story at that step. Once copied the link
 * carries `data-copied` (story.css marks it), and its messages come from the page, in its language.
 */
export function startShareLinks() {
  if (!navigator.clipboard) return;
  const status = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
  status.setAttribute('aria-live', 'polite');
  document.body.append(status);
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-share-link]');
    if (!link) return;
    event.preventDefault();
    try {
      await navigator.clipboard.writeText(link.href);
      link.dataset.copied = '';
      status.textContent = link.dataset.copiedMessage ?? '';
    } catch {
      status.textContent = fill(link.dataset.failedMessage ?? '{url}', { url: link.href });
    }
  });
}
