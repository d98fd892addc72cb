/**
 * The "Key" toggle of a map whose legend would cover too much of a small frame: the layout folds the
 * legend away (its marks carry `is-folded`) and this button, shown only then (map.css), brings it up
 * over the map and back. Without JavaScript there is no toggle, and a folded legend stays on show.
 */
export function addKeyToggle(figure: HTMLElement, label: string): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'pill map-key';
  button.textContent = label;
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(open));
    figure.toggleAttribute('data-key-open', open);
  });
  figure.querySelector('.figure__canvas')!.append(button);
  figure.toggleAttribute('data-key-toggle', true);
}
