import type { MountVisual, VisualInstance } from '../client.ts';
import { svgVisual } from '../svg-visual.ts';
import { interpolateCamera } from './camera.ts';
import { mapLayout, type MapData, type MapState } from './layout.ts';
import type { MapEngine } from './maplibre.ts';

/**
 * Resolves after the next frame is painted (two animation frames), or soon in a hidden page.
 * Chromium reports an SVG's new geometry only from the frame after it changed.
 */
const painted = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, 200);
  });

/** How long the reader stays on a map step before MapLibre is loaded. */
const SETTLE_MS = 800;

/** Length of the SVG map's flight between two steps' cameras. */
const FLY_MS = 900;
const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * The SVG map: the visual's layout at the figure's size. Between steps it flies, redrawing at
 * intermediate cameras, since a path's shape cannot be tweened point by point. Like the other
 * visuals' transitions, the flight runs on after `show` returns: the new layers and names are
 * drawn at once, the camera follows.
 */
function svgMap(svg: VisualInstance) {
  let shown: MapState | undefined;
  let flight = 0;
  return (state: MapState, animate: boolean): void => {
    const from = shown;
    shown = state;
    const id = ++flight;
    if (!animate || !from) {
      svg.show(state, { animate: false });
      return;
    }
    const start = performance.now();
    const frame = (now: number) => {
      if (id !== flight) return; // a newer step took over
      const t = Math.min(1, (now - start) / FLY_MS);
      svg.show({ ...state, camera: interpolateCamera(from.camera, state.camera, easeInOut(t)) }, { animate: false });
      if (t < 1) requestAnimationFrame(frame);
    };
    frame(start);
  };
}

/**
 * The map in the browser: the SVG map at once (it is also the build-time figure), then MapLibre
 * loaded on demand and mounted on top. Where WebGL2 is missing or MapLibre fails, the SVG map stays.
 * `data-map-engine` on the figure says which one the reader sees ("svg" or "maplibre").
 */
export const mount: MountVisual = async (figure, raw) => {
  const data = raw as MapData;
  const showSvg = svgMap(await svgVisual(mapLayout)(figure, data));
  figure.dataset.mapEngine = 'svg';
  let current: MapState | undefined;
  let engine: MapEngine | undefined;

  let starting: Promise<void> | undefined;

  /** Loads MapLibre on the first step that shows the map. */
  const startEngine = (first: MapState) =>
    import('./maplibre.ts')
      .then(({ startMap }) => startMap(figure, data, first))
      .then(async (started) => {
        // The reader may have moved on while MapLibre loaded: show where the story is now.
        if (current !== first) await started.show(current!, { animate: false });
        engine = started;
        figure.dataset.mapEngine = 'maplibre';
      })
      .catch((error: unknown) => {
        // Expected without WebGL2 (MapLibre throws GPUInitializationError): the SVG map is the figure.
        figure.dataset.mapFallbackReason = error instanceof Error ? error.name : 'error';
        console.info('Map: showing the SVG map instead of the WebGL map.', error);
      });

  // MapLibre is a megabyte of code to fetch and compile: start it once the reader stays on a map
  // step, not while they scroll past (the SVG map shows every step meanwhile).
  const canvas = figure.querySelector<HTMLElement>('.figure__canvas')!;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const scheduleEngine = () => {
    if (starting) return;
    clearTimeout(settle);
    settle = setTimeout(() => {
      if (!starting && current && canvas.clientWidth > 0) starting = startEngine(current);
    }, SETTLE_MS);
  };

  return {
    async show(state, { animate }) {
      current = state as MapState;
      scheduleEngine();
      if (!engine) {
        showSvg(current, animate);
        return painted();
      }
      showSvg(current, false); // kept in step, in case the WebGL map is lost
      await engine.show(current, { animate });
    },
  };
};
