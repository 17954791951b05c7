/**
 * The benchmark's baseline map, shared by bare.html and one-layer.html: the app's basemap (world-atlas 110m
 * through topologyToBasemap/basemapStyle) in MapLibre with the same map options as MapController.
 * "Ready" means what it means for <innovation-atlas>: an idle frame after a forced repaint, then a 1-pixel
 * readPixels so the software GPU has really drawn it; `markReady` sets `body[data-ready]` (and `body[ready]`,
 * for the harness's waitReady) and `window.__benchReadyAt` (ms since navigation start).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MlMap, NavigationControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import { basemapStyle, topologyToBasemap } from '../src/basemap/basemap.ts';

declare global {
  interface Window {
    __benchReadyAt?: number;
    __benchMap?: MlMap;
  }
}

setWorkerUrl(workerUrl);

export async function openBareMap(): Promise<MlMap> {
  const res = await fetch(worldUrl);
  const base = topologyToBasemap((await res.json()) as Topology);
  // Options copied from src/map/map-controller.ts (its default camera: no camera in the URL).
  const map = new MlMap({
    container: document.getElementById('map')!,
    style: basemapStyle(base) as unknown as StyleSpecification,
    bounds: [[-18, -30], [145, 58]],
    fitBoundsOptions: { padding: 16 },
    minZoom: 0.5,
    maxZoom: 9,
    renderWorldCopies: false,
    attributionControl: false,
    interactive: true,
    dragRotate: false,
    pitchWithRotate: false,
    canvasContextAttributes: { antialias: false },
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
  window.__benchMap = map;
  return map;
}

/** Waits for the map's load and an idle frame (until `drawn()` holds), reads one pixel back, marks ready. */
export async function markReady(map: MlMap, drawn: () => boolean = () => true): Promise<void> {
  await new Promise<void>((resolve) => (map.loaded() ? resolve() : map.once('load', () => resolve())));
  for (;;) {
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    if (drawn()) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const gl = map.getCanvas().getContext('webgl2');
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  window.__benchReadyAt = performance.now();
  document.body.dataset.ready = '1';
  // The attribute the test harness's waitReady() looks for, as on <innovation-atlas>.
  document.body.setAttribute('ready', '');
}
