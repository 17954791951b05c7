/**
 * The least deck.gl can add: the bare page (bare-map.ts) plus the interleaved MapLibre overlay drawing one
 * ScatterplotLayer with one point. Timed against the bare page, it shows what deck.gl alone costs the first
 * frame here (its device, one shader program in software GL) before any app code or data: the floor of
 * the first-frame ratio for any atlas built on this stack.
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { markReady, openBareMap } from './bare-map.ts';

void openBareMap().then((map) => {
  const layer = new ScatterplotLayer<[number, number]>({
    id: 'one',
    data: [[100, 13]],
    getPosition: (d) => d,
    radiusUnits: 'pixels',
    getRadius: 8,
    getFillColor: [0, 114, 178, 255],
  });
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [layer] });
  map.addControl(overlay);
  // The instance given is the one deck draws (no later setProps), as in MapController.firstFullFrame.
  return markReady(map, () => layer.isLoaded);
});
