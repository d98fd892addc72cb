import { LOADER_ATTRIBUTE } from '../loader-attribute.ts';
import { parentMessageHandler } from './parent.ts';
import { formatHostPosition, formatPymMessage } from '../pym.ts';

/**
 * The project's own embed loader, served as /embed.js for hosts without pym.js: one script tag
 * next to `<iframe ... data-karabakh-embed>`. It speaks the pym.js v1 parent protocol with scroll
 * tracking, so the frame grows to its content and the story follows the host page's scroll.
 * Without it the iframe still works as a plain, fixed-height frame that scrolls inside.
 *
 * It trusts one origin only, its own (where /embed.js was loaded from, which is where the embeds
 * live): it upgrades only frames from there, talks to them only there, and takes messages only
 * from its own frames' windows at that origin.
 */
export function startLoader(scriptSrc: string | null | undefined): void {
  if (!scriptSrc) {
    // Inlined or bundled into another script: it cannot tell which frames are its own.
    console.warn(`${LOADER_ATTRIBUTE}: load embed.js with <script src>; the embeds stay plain frames`);
    return;
  }
  const origin = new URL(scriptSrc, location.href).origin;
  const upgradeAll = () => document.querySelectorAll<HTMLIFrameElement>(`iframe[${LOADER_ATTRIBUTE}]`).forEach((iframe) => upgrade(iframe, origin));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgradeAll);
  else upgradeAll();
}

function upgrade(marked: HTMLIFrameElement, origin: string) {
  if (marked.hasAttribute(`${LOADER_ATTRIBUTE}-id`)) return; // the script tag may appear once per embed
  const src = new URL(marked.src, location.href);
  if (src.origin !== origin) return;
  const id = `karabakh-${Math.random().toString(36).slice(2, 10)}`;
  src.searchParams.set('childId', id);
  // A fresh frame with the frame's id in its address, in place of the marked one. Setting the marked
  // frame's src instead races with its own first load: Chromium drops the new address when it is set
  // as that load commits, and the frame stays a plain one.
  const iframe = marked.cloneNode(false) as HTMLIFrameElement;
  iframe.setAttribute(`${LOADER_ATTRIBUTE}-id`, id);
  iframe.setAttribute('scrolling', 'no');
  iframe.src = src.href;
  marked.replaceWith(iframe);

  const send = (type: string, payload: string) => iframe.contentWindow?.postMessage(formatPymMessage(id, type, payload), origin);
  const sendPosition = () => {
    const rect = iframe.getBoundingClientRect();
    const { innerWidth: viewportWidth, innerHeight: viewportHeight } = window;
    send('viewport-iframe-position', formatHostPosition({ viewportWidth, viewportHeight, top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right }));
  };
  let frame = 0;
  const onScroll = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      sendPosition();
    });
  };

  window.addEventListener(
    'message',
    parentMessageHandler({
      id,
      origin,
      frame: () => iframe.contentWindow,
      onHeight: (height) => (iframe.style.height = `${height}px`),
      onPositionRequest: sendPosition,
      onScrollTo(childY) {
        // Within the frame: the embed can bring its own content into view, nothing else on the page.
        const y = Math.min(childY, iframe.offsetHeight);
        const top = iframe.getBoundingClientRect().top + window.scrollY + y;
        const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
        window.scrollTo({ top, behavior: smooth ? 'smooth' : 'instant' });
      },
    }),
  );
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', () => {
    send('width', String(iframe.offsetWidth));
    onScroll();
  });
}
