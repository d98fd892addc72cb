/**
 * Copy buttons of the Embed panel: each `[data-copy="<id>"]` copies the text of element #<id>.
 * They stay hidden without JS or without a clipboard (the code is selectable either way).
 */
export function startCopyButtons() {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy!)?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = status.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = status.dataset.failed ?? '';
      }
    });
  }
}
