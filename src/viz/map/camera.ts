import { geoMercator, type GeoProjection } from 'd3-geo';
import { clearArea, NO_INSET, type Inset, type Size } from '../scene.ts';
import type { LonLat } from './layers.ts';

/** A step's view of the map, in MapLibre's terms. */
export interface Camera {
  center: LonLat;
  zoom: number;
  /** Degrees clockwise from north that the top of the map faces. */
  bearing: number;
  /** Tilt in degrees; the flat SVG fallback ignores it. */
  pitch: number;
}

export const ZOOM_RANGE = [2, 12] as const;
export const PITCH_RANGE = [0, 60] as const;

/**
 * Zoom levels in the content frame a map about this many pixels across (its shorter side).
 * Smaller screens zoom out and larger ones in, so a phone sees the same area as a desktop.
 */
export const REFERENCE_PX = 600;

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

/** The zoom that shows what `zoom` shows in the content frame, in this size's clear area. */
export function fittedZoom(zoom: number, size: Size): number {
  const { width, height } = clearArea(size);
  return zoom + Math.log2(Math.max(1, Math.min(width, height)) / REFERENCE_PX);
}

/** The camera a map of this size needs to show what the content asked for, in its clear area. */
export function fitCamera(camera: Camera, size: Size): Camera {
  return { ...camera, zoom: fittedZoom(camera.zoom, size) };
}

/**
 * MapLibre's camera padding for this size: the inset, so the camera's centre is drawn in the
 * middle of the clear area. Always the object form (jumpTo, easeTo and flyTo ignore a number).
 */
export function cameraPadding({ inset = NO_INSET }: Size): Inset {
  return { ...inset };
}

/**
 * A d3 Web Mercator projection showing what MapLibre shows for the same camera, size and padding
 * (ignoring pitch), so the SVG fallback and the WebGL map frame the same area.
 */
export function cameraProjection(camera: Camera, size: Size): GeoProjection {
  const { zoom } = fitCamera(camera, size);
  const clear = clearArea(size);
  return geoMercator()
    .center(camera.center)
    .scale((WORLD_PX * 2 ** zoom) / (2 * Math.PI))
    .translate([clear.x + clear.width / 2, clear.y + clear.height / 2])
    .angle(camera.bearing);
}

/** Web Mercator's y for a latitude, in the same units as longitude (degrees at the equator). */
export function mercatorY(lat: number): number {
  return (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
}

/** The latitude at a Web Mercator y (the inverse of mercatorY). */
export function mercatorLatitude(y: number): number {
  return ((2 * Math.atan(Math.exp((y * Math.PI) / 180)) - Math.PI / 2) * 180) / Math.PI;
}

/** Heading from one point to another as drawn on a north-up Mercator map, degrees clockwise from north. */
export function mapHeading([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  return (Math.atan2(lon2 - lon1, mercatorY(lat2) - mercatorY(lat1)) * 180) / Math.PI;
}

/**
 * The camera a fraction t (0..1) of the way between two others: zoom linearly, the centre along a
 * straight line on the (Mercator) screen, the bearing the short way round. Used by the SVG
 * fallback to fly between steps.
 */
export function interpolateCamera(from: Camera, to: Camera, t: number): Camera {
  const mix = (a: number, b: number) => a + (b - a) * t;
  const turn = ((((to.bearing - from.bearing) % 360) + 540) % 360) - 180;
  return {
    center: [mix(from.center[0], to.center[0]), mercatorLatitude(mix(mercatorY(from.center[1]), mercatorY(to.center[1])))],
    zoom: mix(from.zoom, to.zoom),
    bearing: from.bearing + turn * t,
    pitch: mix(from.pitch, to.pitch),
  };
}
