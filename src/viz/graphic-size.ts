import type { Size } from './scene.ts';

/**
 * The size a visual lays out at in the browser: its canvas's box, with the canvas's CSS padding as
 * the inset (what covers the frame there, such as the story's cards on a phone; see story.css).
 * The SVG and the MapLibre map both fill the whole box; layouts keep their subject in the rest.
 */
export function graphicSize(canvas: HTMLElement): Size {
  const style = getComputedStyle(canvas);
  const px = (value: string) => Math.round(parseFloat(value) || 0);
  return {
    width: Math.max(1, Math.round(canvas.clientWidth)),
    height: Math.max(1, Math.round(canvas.clientHeight)),
    inset: { top: px(style.paddingTop), right: px(style.paddingRight), bottom: px(style.paddingBottom), left: px(style.paddingLeft) },
  };
}
