import type { Scene, Size } from './scene.ts';
import { graphicSize } from './graphic-size.ts';
import { applyScene } from './scene-dom.ts';
import type { MountVisual } from './client.ts';

/** Animation length for state changes (Chartability: between 200 ms and 2 s for object constancy). */
export const TRANSITION_MS = 700;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Browser side of every SVG visual: re-runs the visual's pure layout at the figure's real size
 * and joins the marks into the SVG drawn at build time.
 */
export function svgVisual<Data, State>(layout: (data: Data, state: State, size: Size) => Scene): MountVisual {
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
    new ResizeObserver(redrawIfResized).observe(canvas);

    return {
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
