import { LOADER_ATTRIBUTE } from '../loader-attribute.ts';
import { parentMessageHandler } from './parent.ts';
import { formatHostPosition, formatPymMessage } from '../pym.ts';

/**
 * The project's own embed loader, served as /embed.js for hosts without pym.js: one script tag
 * next to `<iframe ... data-karabakh-embed>`. It speaks the pym.js v1 parent protocol with scroll
 * tracking, so the frame grows to its content and the story follows the host page's scroll.
 * Without it the iframe still works as a plain, fixed-height frame that scrolls inside.
 */
function upgrade(iframe: HTMLIFrameElement) {
  if (iframe.hasAttribute(`${LOADER_ATTRIBUTE}-id`)) return; // the script tag may appear once per embed
  const src = new URL(iframe.src, location.href);
  if (src.protocol !== 'https:' && src.protocol !== 'http:') return;
  const id = `karabakh-${Math.random().toString(36).slice(2, 10)}`;
  iframe.setAttribute(`${LOADER_ATTRIBUTE}-id`, id);
  src.searchParams.set('childId', id);
  iframe.setAttribute('scrolling', 'no');
  iframe.src = src.href;

  // Positions and widths are not secrets, and the frame may have been redirected (http -> https),
  // so, as pym does, post to any origin; replies are accepted from this frame's window only.
  const send = (type: string, payload: string) => iframe.contentWindow?.postMessage(formatPymMessage(id, type, payload), '*');
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
      frame: () => iframe.contentWindow,
      onHeight: (height) => (iframe.style.height = `${height}px`),
      onPositionRequest: sendPosition,
      onScrollTo(childY) {
        const top = iframe.getBoundingClientRect().top + window.scrollY + childY;
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

function upgradeAll() {
  document.querySelectorAll<HTMLIFrameElement>(`iframe[${LOADER_ATTRIBUTE}]`).forEach(upgrade);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgradeAll);
else upgradeAll();
