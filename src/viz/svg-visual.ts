import type { Scene, Size } from './scene.ts';
import { graphicSize } from './graphic-size.ts';
import { applyScene } from './scene-dom.ts';
import type { MountVisual, VisualInstance } from './client.ts';

/** Animation length for state changes (Chartability: between 200 ms and 2 s for object constancy). */
export const TRANSITION_MS = 700;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export interface SvgVisual extends VisualInstance {
  /**
   * While something else is drawn over the SVG (the WebGL map), a resize leaves it out of date
   * rather than laying it out again (mid-scroll, for nothing); `show` brings it up to date.
   */
  setCovered(covered: boolean): void;
}

/**
 * Browser side of every SVG visual: re-runs the visual's pure layout at the figure's real size
 * and joins the marks into the SVG drawn at build time.
 */
export function svgVisual<Data, State>(layout: (data: Data, state: State, size: Size) => Scene): (...args: Parameters<MountVisual>) => SvgVisual {
  return (figure, data) => {
    const canvas = figure.querySelector<HTMLElement>('.figure__canvas')!;
    const svg = canvas.querySelector('svg')!;
    let current: State | undefined;
    let drawnAt = '';
    const sizeKey = () => JSON.stringify(graphicSize(canvas));
    const draw = (duration: number) => {
      // A hidden figure has no size; it is drawn when it appears.
      if (current === undefined || canvas.clientWidth === 0) return;
      drawnAt = sizeKey();
      applyScene(svg, layout(data as Data, current, graphicSize(canvas)), duration);
    };
    const redrawIfResized = () => {
      if (sizeKey() !== drawnAt) draw(0);
    };
    let covered = false;
    new ResizeObserver(() => covered || redrawIfResized()).observe(canvas);

    return {
      setCovered: (on) => (covered = on),
      async show(state, { animate }) {
        current = state as State;
        draw(animate ? TRANSITION_MS : 0);
        // A figure that has just appeared may still be settling (caption, fonts): report it shown at its final size.
        await nextFrame();
        redrawIfResized();
      },
    };
  };
}
