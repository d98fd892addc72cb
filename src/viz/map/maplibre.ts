/**
 * The WebGL map: MapLibre GL JS on the project's own geodata, mounted over the SVG fallback.
 * This module is imported dynamically by client.ts, so the page's first paint carries none of it.
 */
import { Map as MapLibreMap, Marker, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
// Under Vite the worker must be emitted as its own file and named explicitly, or the map stays blank.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { AllPaintProperties } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Size } from '../scene.ts';
import { cameraPadding, fitCamera, mapHeading, ZOOM_RANGE } from './camera.ts';
import { graphicSize } from '../graphic-size.ts';
import type { EngineEvents, MapEngine } from './handover.ts';
import { layerFeatures, mapFrame, placeLabels, routeLine, type MapData, type MapState, type PlacedLabel } from './layout.ts';
import { mapLayers, mapStyle, readMapColors, ROUTE_SOURCE } from './style.ts';
import { LABEL_FONT_PX, markerVariables } from './tokens.ts';

setWorkerUrl(workerUrl);

/** The map's layers as GeoJSON, from the site's TopoJSON. */
export type MapGeodata = ReturnType<typeof layerFeatures>;

const FLY_MS = 1600;

function emptyRoute(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

function routeData(data: MapData, state: MapState): FeatureCollection {
  const line = routeLine(data, state.route);
  return line ? { type: 'FeatureCollection', features: [line] } : emptyRoute();
}

function labelElement(label: PlacedLabel): HTMLElement {
  const el = document.createElement('div');
  el.className = `map-marker map-marker--${label.side} map-marker--${label.kind}`;
  el.dataset.label = label.id;
  if (label.kind === 'place') el.append(Object.assign(document.createElement('span'), { className: 'map-marker__dot' }));
  const text = Object.assign(document.createElement('span'), { className: 'map-marker__text', textContent: label.text });
  text.style.fontSize = `${LABEL_FONT_PX[label.kind]}px`;
  el.append(text);
  return el;
}

/** Fetches the map's geodata (the same for every size and state). */
export async function loadGeodata(data: MapData): Promise<MapGeodata> {
  const response = await fetch(`${data.geoBase}map.topo.json`);
  if (!response.ok) throw new Error(`Map geodata: ${response.status} for ${response.url}`);
  return layerFeatures((await response.json()) as Topology);
}

/**
 * Starts MapLibre in the figure's canvas, showing `first`; resolves once its first frame is drawn.
 * Rejects if WebGL2 is unavailable (MapLibre throws GPUInitializationError), if the style fails to
 * load, or when `signal` aborts (the caller's time limit), removing what it made: the caller keeps
 * the SVG map. Once started, it reports a lost WebGL context and errors through `events`.
 */
export async function startMap(figure: HTMLElement, data: MapData, geodata: MapGeodata, first: MapState, events: EngineEvents, signal: AbortSignal): Promise<MapEngine> {
  signal.throwIfAborted();
  const canvas = figure.querySelector<HTMLElement>('.figure__canvas')!;
  const container = document.createElement('div');
  container.className = 'map-gl';
  for (const [name, value] of Object.entries(markerVariables())) container.style.setProperty(name, value);
  canvas.append(container);
  // The container fills the canvas's box, padding included; the padding is the inset.
  const size = (): Size => graphicSize(canvas);
  /** The state's camera at this size, framed clear of the inset and the legend (padding in object form, always). */
  const cameraOf = (state: MapState) => {
    const frame = mapFrame(data, state, size());
    return { ...fitCamera(state.camera, frame), padding: cameraPadding(frame) };
  };
  let colors = readMapColors(figure);
  let current = first;

  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container,
      style: mapStyle(geodata, routeData(data, first), first, colors),
      ...fitCamera(first.camera, mapFrame(data, first, size())),
      minZoom: ZOOM_RANGE[0] - 2,
      maxZoom: ZOOM_RANGE[1] + 2,
      renderWorldCopies: false,
      attributionControl: false, // the figure's caption credits the data and MapLibre
      fadeDuration: 0,
      // Resizes are ours (below): MapLibre's own would redraw the map from nothing each time its figure reappears.
      trackResize: false,
    });
    map.jumpTo(cameraOf(first)); // the same camera with its padding, which MapOptions cannot take
  } catch (error) {
    container.remove();
    throw error;
  }
  await new Promise<void>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error));
  }).catch((error: unknown) => {
    map.remove();
    container.remove();
    throw error;
  });
  // From here on, errors (none are expected: the style and data are the site's own) hand back to the SVG map.
  map.on('error', (event) => events.failed(event.error));
  // MapLibre restores a lost context by itself, rebuilding its style; meanwhile the SVG map shows.
  map.on('webglcontextlost', events.lost);
  map.on('webglcontextrestored', () => {
    if (map.isStyleLoaded()) events.restored();
    else map.once('style.load', events.restored);
  });

  // In the story the map never takes the reader's scroll or drag; "Explore the map" hands them over.
  const handlers = [map.scrollZoom, map.boxZoom, map.dragRotate, map.dragPan, map.keyboard, map.doubleClickZoom, map.touchZoomRotate, map.touchPitch];
  let exploring = false;
  const explore = document.createElement('button');
  explore.type = 'button';
  explore.className = 'pill map-explore';
  explore.textContent = data.text.explore;
  const setExploring = (on: boolean) => {
    exploring = on;
    for (const handler of handlers) {
      if (on) handler.enable();
      else handler.disable();
    }
    map.getCanvas().tabIndex = on ? 0 : -1;
    // A toggle keeps its name; aria-pressed (and its pressed look) says whether it is on.
    explore.setAttribute('aria-pressed', String(on));
    if (!on) map.jumpTo(cameraOf(current));
  };
  explore.addEventListener('click', () => setExploring(explore.getAttribute('aria-pressed') !== 'true'));
  canvas.append(explore);
  setExploring(false);

  let markers: Marker[] = [];
  const drawMarkers = (state: MapState) => {
    for (const m of markers) m.remove();
    markers = placeLabels(data, state, size()).map((label) =>
      new Marker({ element: labelElement(label), anchor: 'center', offset: label.offset }).setLngLat(label.at).addTo(map),
    );
    const line = routeLine(data, state.route);
    if (line) {
      const arrow = Object.assign(document.createElement('div'), { className: 'map-arrow' });
      const coordinates = line.geometry.coordinates as [number, number][];
      markers.push(new Marker({ element: arrow, rotation: mapHeading(coordinates.at(-2)!, coordinates.at(-1)!), rotationAlignment: 'map' }).setLngLat(coordinates.at(-1)!).addTo(map));
    }
  };

  const applyState = (state: MapState) => {
    for (const layer of mapLayers(state, colors)) {
      if (layer.type !== 'background') map.setLayoutProperty(layer.id, 'visibility', layer.layout?.visibility ?? 'visible');
      const paint = (layer.paint ?? {}) as Record<keyof AllPaintProperties, AllPaintProperties[keyof AllPaintProperties]>;
      for (const name of Object.keys(paint) as (keyof AllPaintProperties)[]) map.setPaintProperty(layer.id, name, paint[name]);
    }
    map.getSource<GeoJSONSource>(ROUTE_SOURCE)!.setData(routeData(data, state));
    drawMarkers(state);
  };

  // Redraw at a new size. Hidden (another figure showing), the map keeps its canvas: resizing a WebGL
  // canvas clears it, and the map would be drawn again from nothing as it reappears mid-scroll. A reader
  // exploring keeps their view (a phone's address bar showing or hiding resizes the map).
  let drawnSize = `${container.clientWidth}x${container.clientHeight}`;
  const resized = new ResizeObserver(() => {
    const now = `${container.clientWidth}x${container.clientHeight}`;
    if (container.clientWidth === 0 || container.clientHeight === 0 || now === drawnSize) return;
    drawnSize = now;
    map.resize();
    if (!exploring) map.jumpTo(cameraOf(current));
    drawMarkers(current);
  });
  resized.observe(container);

  const darkTheme = matchMedia('(prefers-color-scheme: dark)');
  const recolor = () => {
    colors = readMapColors(figure);
    if (map.isStyleLoaded()) applyState(current); // else the state is applied once the style is back
  };
  darkTheme.addEventListener('change', recolor);

  drawMarkers(first);

  return {
    destroy() {
      resized.disconnect();
      darkTheme.removeEventListener('change', recolor);
      map.remove();
      container.remove();
      explore.remove();
    },
    async show(state, { animate }) {
      current = state;
      applyState(state);
      const camera = cameraOf(state);
      // Whoever asks, a reader who prefers reduced motion gets a jump.
      const flying = animate && !matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (flying) map.flyTo({ ...camera, duration: FLY_MS });
      else map.jumpTo(camera);
      // As a chart reports a step once its transition is under way, a flight is reported at its first frame. A
      // jump is reported once drawn in full ('idle'): with the route, whose data MapLibre's worker prepares while
      // the first frames are drawn without it. The limits are for a map with nothing to redraw, or that never
      // gets there (a context lost on the way): the step is reported all the same.
      return new Promise<void>((resolve) => {
        map.once(flying ? 'render' : 'idle', () => resolve());
        setTimeout(resolve, flying ? 500 : 5000);
      });
    },
  };
}
