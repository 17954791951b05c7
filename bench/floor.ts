/**
 * The size floor of the first-load budget: the bare page (MapLibre, its worker, the basemap) plus exactly
 * the deck.gl the atlas uses (the MapLibre overlay, DataFilterExtension and its six layer classes), and
 * nothing of the app. Built by `npm run bench` and sized, never timed: what no app code can go below,
 * before the dataset is added.
 */
import { DataFilterExtension } from '@deck.gl/extensions';
import { ArcLayer, GeoJsonLayer, IconLayer, PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MlMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import { basemapStyle, topologyToBasemap } from '../src/basemap/basemap.ts';

setWorkerUrl(workerUrl);

async function main(): Promise<void> {
  const base = topologyToBasemap((await (await fetch(worldUrl)).json()) as Topology);
  const map = new MlMap({ container: document.getElementById('map')!, style: basemapStyle(base) as unknown as StyleSpecification });
  const extensions = [new DataFilterExtension({ filterSize: 1, categorySize: 2 })];
  const layers = [
    new GeoJsonLayer({ id: 'g', data: [] }),
    new PathLayer({ id: 'p', data: [], extensions }),
    new ArcLayer({ id: 'a', data: [], extensions }),
    new TextLayer({ id: 't', data: [], extensions }),
    new IconLayer({ id: 'i', data: [], extensions }),
    new ScatterplotLayer({ id: 's', data: [] }),
  ];
  map.addControl(new MapLibreOverlay({ interleaved: true, layers }));
}

void main();
