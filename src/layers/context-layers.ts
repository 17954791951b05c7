/**
 * A story slide's context. A slide narrows the map to its subject (a kind, a region, some years), but
 * what it leaves out is still part of the picture: while a story is shown those records are drawn faint
 * under the subject (dimmed, not hidden; issue 16), so a slide on joint labs still shows where the parks
 * and corridors are. Exploring, a filter hides what it leaves out, as the reader asked.
 *
 * Each layer draws every record of its type, faint and not pickable; the subject's own layers draw over
 * them at full strength. Same layer types and filter extension as the subject's layers: no new GPU program.
 */
import type { Layer } from '@deck.gl/core';
import { ArcLayer, IconLayer, PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { AtlasRecord } from '../core/record.ts';
import { KINDS } from '../core/vocabulary.ts';
import type { PlaceGroup } from '../core/places.ts';
import type { AtlasView } from '../state/view.ts';
import { FLAGSHIP_LINE, FLAT, PASS_ALL, lineOf } from './layer-common.ts';
import { CONTEXT_OPACITY, ARC_INFERRED, ARC_INFERRED_TARGET, BADGE_FILL, BADGE_LINE, POINT_COLOR, POINT_COLOR_DARK, POINT_STYLE } from './palette.ts';
import { BADGE_RADIUS, type PlaceData } from './place-layers.ts';
import { SYMBOL_MAPPING } from './symbols.ts';

/** Ids of the context layers, in drawing order (under the subject's corridors, labels and symbols). */
export const CONTEXT_LAYER_IDS = ['context-paths', 'context-arcs', 'context-points', 'context-places'] as const;

export { CONTEXT_OPACITY };

type LonLat = [number, number];

/** Whether the view leaves any record out that a slide should still show faint. */
export function hasContext(view: AtlasView): boolean {
  return view.present && (view.kinds.length < KINDS.length || view.years !== null || view.undated === false || view.cpuMask !== null);
}

const sites = new WeakMap<PlaceData, PlaceGroup[]>();
/** The place groups at one exact site (stacks), the same array per dataset. */
function siteGroups(p: PlaceData): PlaceGroup[] {
  let g = sites.get(p);
  if (!g) sites.set(p, (g = p.groups.filter((x) => x.level === 'site')));
  return g;
}

export interface ContextData {
  points: AtlasRecord[];
  arcs: AtlasRecord[];
  paths: AtlasRecord[];
  places: PlaceData;
}

export function contextLayers(data: ContextData, view: AtlasView, opts: { symbolAtlas: string; symbolSize: number; scale: number; dark: boolean }): Layer[] {
  const visible = hasContext(view);
  const common = { ...FLAT, ...PASS_ALL, visible, opacity: CONTEXT_OPACITY, pickable: false };
  const colors = opts.dark ? POINT_COLOR_DARK : POINT_COLOR;
  return [
    new PathLayer<AtlasRecord>({
      id: 'context-paths',
      ...common,
      data: data.paths,
      ...FLAGSHIP_LINE,
    }),
    new ArcLayer<AtlasRecord>({
      id: 'context-arcs',
      ...common,
      data: data.arcs,
      greatCircle: true,
      numSegments: 64,
      getSourcePosition: (r) => lineOf(r)[0],
      getTargetPosition: (r) => lineOf(r)[lineOf(r).length - 1],
      // Every corridor as the faintest one (inferred), so forty context arcs stay a haze, not a web.
      getSourceColor: ARC_INFERRED,
      getTargetColor: ARC_INFERRED_TARGET,
      widthUnits: 'pixels',
      getWidth: 1,
    }),
    new IconLayer<AtlasRecord>({
      id: 'context-points',
      ...common,
      data: data.points,
      iconAtlas: opts.symbolAtlas,
      iconMapping: SYMBOL_MAPPING,
      getIcon: (r) => POINT_STYLE[r.properties.kind as keyof typeof POINT_STYLE].shape,
      getPosition: (r) => r.geometry!.coordinates as LonLat,
      getColor: (r) => colors[r.properties.kind as keyof typeof POINT_STYLE],
      updateTriggers: { getColor: opts.dark },
      sizeUnits: 'pixels',
      getSize: opts.symbolSize,
    }),
    // Every stack's disc without its count (the subject's badges, with counts, draw over their own). Not the
    // discs of records placed only to a country: a faint empty disc on every partner reads as a ring, and
    // the choropleth already says which countries take part.
    new ScatterplotLayer<PlaceGroup>({
      id: 'context-places',
      ...FLAT,
      visible,
      opacity: CONTEXT_OPACITY,
      data: siteGroups(data.places),
      getPosition: (g) => g.position,
      stroked: true,
      filled: true,
      radiusUnits: 'pixels',
      getRadius: BADGE_RADIUS * opts.scale,
      updateTriggers: { getRadius: opts.scale },
      getFillColor: BADGE_LINE,
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      getLineColor: BADGE_FILL,
    }),
  ];
}
