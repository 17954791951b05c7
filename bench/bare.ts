/**
 * The benchmark's baseline: the app's basemap in MapLibre with the same map options as MapController,
 * and nothing else: no deck.gl, no Lit, no dataset (see bare-map.ts).
 */
import { markReady, openBareMap } from './bare-map.ts';

void openBareMap().then((map) => markReady(map));
