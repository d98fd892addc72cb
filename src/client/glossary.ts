/**
 * Glossary terms in the story (marked at build time by src/glossary/mark.ts as a link to the
 * glossary entry plus a hidden definition). Here each link becomes a disclosure button: click,
 * tap, Enter or Space opens the definition; the same again, Escape or a click elsewhere closes it. While the term has keyboard
 * focus the definition shows anyway (CSS), and screen readers hear it as the button's description.
 */
export function enhanceGlossaryTerms(root: ParentNode = document): void {
  const framed = window.self !== window.top;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.term__ref')) {
    const definition = link.nextElementSibling as HTMLElement;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'term__button';
    button.textContent = link.textContent;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', definition.id);
    button.setAttribute('aria-describedby', definition.id);
    link.replaceWith(button);
    // Its links join the Tab order only while it is open: a focus preview vanishes as focus leaves the button.
    setLinksTabbable(definition, false);
    // Inside a newsroom's or a learning platform's iframe, the glossary opens in a new tab.
    if (framed) for (const a of definition.querySelectorAll('a')) Object.assign(a, { target: '_blank', rel: 'noopener' });
  }

  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    const button = target.closest?.('.term__button');
    // One definition open at a time; a click elsewhere closes it (a click inside it does not, e.g. to select text).
    for (const open of root.querySelectorAll<HTMLButtonElement>('.term__button[aria-expanded="true"]')) {
      if (open !== button && !open.parentElement!.contains(target)) setOpen(open, false);
    }
    if (!(button instanceof HTMLButtonElement)) return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    setOpen(button, open);
    // Closing must hide the definition even though the button keeps keyboard focus.
    button.parentElement!.toggleAttribute('data-dismissed', !open);
  });
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    const term = (event.target as Element).closest?.('.term');
    const button = term?.querySelector<HTMLButtonElement>('.term__button');
    if (!term || !button) return;
    setOpen(button, false);
    term.setAttribute('data-dismissed', '');
    button.focus();
  });
  // A dismissed preview may show again the next time the term gets focus.
  root.addEventListener('focusout', (event) => {
    const term = (event.target as Element).closest?.('.term');
    if (term && !term.contains((event as FocusEvent).relatedTarget as Node | null)) term.removeAttribute('data-dismissed');
  });
}

function setOpen(button: HTMLButtonElement, open: boolean): void {
  const definition = document.getElementById(button.getAttribute('aria-controls')!)!;
  button.setAttribute('aria-expanded', String(open));
  definition.hidden = !open;
  setLinksTabbable(definition, open);
}

function setLinksTabbable(definition: HTMLElement, tabbable: boolean): void {
  for (const a of definition.querySelectorAll('a')) a.tabIndex = tabbable ? 0 : -1;
}
