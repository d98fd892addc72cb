import type { MountVisual, VisualInstance } from '../client.ts';
import { svgVisual } from '../svg-visual.ts';
import { interpolateCamera } from './camera.ts';
import { mapHandover } from './handover.ts';
import { addKeyToggle } from './key-toggle.ts';
import { mapLayout, type MapData, type MapState } from './layout.ts';

/**
 * Resolves after the next frame is painted (two animation frames), or soon in a hidden page.
 * Chromium reports an SVG's new geometry only from the frame after it changed.
 */
const painted = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, 200);
  });

/** How long MapLibre may take from its creation to its first frame before the SVG map stays. */
const LOAD_TIMEOUT_MS = 20_000;

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
 * mounted on top once it has drawn the step the story is at (src/viz/map/handover.ts). Its code,
 * geodata and first frame load only while the reader is still, so they never hold up a scroll.
 * Where WebGL2 is missing or MapLibre fails, the SVG map stays. `data-map-engine` on the figure
 * says which one the reader sees ("svg" or "maplibre").
 */
export const mount: MountVisual = async (figure, raw, context) => {
  const data = raw as MapData;
  const svg = await svgVisual(mapLayout)(figure, data, context);
  const flySvg = svgMap(svg);
  addKeyToggle(figure, data.text.keyToggle);
  const canvas = figure.querySelector<HTMLElement>('.figure__canvas')!;
  figure.dataset.mapEngine = 'svg';

  // Under MapLibre the SVG map shows only its legend (and is the printed map): it catches up with
  // the story when the reader is still, or before printing, never frame by frame.
  let behind: MapState | undefined;
  const catchUp = () => {
    if (behind) void svg.show(behind, { animate: false });
    behind = undefined;
  };
  addEventListener('beforeprint', catchUp);

  const handover = mapHandover({
    async prepare() {
      const maplibre = await import('./maplibre.ts');
      await context.whenStill();
      return { maplibre, geodata: await maplibre.loadGeodata(data) };
    },
    create: ({ maplibre, geodata }, first, events, signal) => maplibre.startMap(figure, data, geodata, first, events, signal),
    showSvg(state, animate) {
      behind = undefined;
      flySvg(state, animate);
      return painted();
    },
    followSvg(state) {
      behind = state;
      void context.whenStill().then(catchUp);
    },
    whenStill: context.whenStill,
    isShown: () => canvas.clientWidth > 0,
    onPhase(phase, reason) {
      svg.setCovered(phase === 'ready');
      figure.dataset.mapEngine = phase === 'ready' ? 'maplibre' : 'svg';
      if (reason) figure.dataset.mapFallbackReason = reason;
    },
    timeoutMs: LOAD_TIMEOUT_MS,
  });

  return { show: (state, options) => handover.show(state as MapState, options) };
};
