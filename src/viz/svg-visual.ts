import type { Scene, Size } from './scene.ts';
import { applyScene } from './scene-dom.ts';
import type { MountVisual } from './client.ts';

/** Animation length for state changes (Chartability: between 200 ms and 2 s for object constancy). */
export const TRANSITION_MS = 700;

/**
 * Browser side of every SVG visual: re-runs the visual's pure layout at the figure's real size
 * and joins the marks into the SVG drawn at build time.
 */
export function svgVisual<Data, State>(layout: (data: Data, state: State, size: Size) => Scene): MountVisual {
  return (figure, data) => {
    const canvas = figure.querySelector<HTMLElement>('.figure__canvas')!;
    const svg = canvas.querySelector('svg')!;
    let current: State | undefined;
    const size = (): Size => ({ width: Math.max(1, Math.round(canvas.clientWidth)), height: Math.max(1, Math.round(canvas.clientHeight)) });
    const draw = (duration: number) => {
      // A hidden figure has no size; the ResizeObserver draws it when it appears.
      if (current !== undefined && canvas.clientWidth > 0) applyScene(svg, layout(data as Data, current, size()), duration);
    };

    let last = '';
    new ResizeObserver(() => {
      const key = `${canvas.clientWidth}x${canvas.clientHeight}`;
      if (key !== last && canvas.clientWidth > 0) {
        last = key;
        draw(0);
      }
    }).observe(canvas);

    return {
      show(state, { animate }) {
        current = state as State;
        draw(animate ? TRANSITION_MS : 0);
      },
    };
  };
}
