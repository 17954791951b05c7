/**
 * Layers as a pure function of (prepared data, view). Data arrays come from `prepareLayerData`, which
 * the caller memoises per dataset; a view change (kinds, years, language, selection) only changes
 * uniforms and triggers, so deck.gl never rebuilds attribute buffers for a filter change.
 */
import type { Layer } from '@deck.gl/core';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { ArcLayer, GeoJsonLayer, IconLayer, PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { CHOROPLETH_BEFORE, type CountryProps } from '../basemap/basemap.ts';
import { countClass, countryCounts } from '../core/derive.ts';
import type { Kind } from '../core/vocabulary.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { AtlasView } from '../state/view.ts';
import {
  corridorStyle,
  CHOROPLETH,
  CORRIDOR_CASING,
  FONT_FAMILY,
  HALO,
  HALO_DARK,
  LABEL_BACK,
  LABEL_BACK_DARK,
  LABEL_COLOR,
  LABEL_COLOR_DARK,
  POINT_COLOR,
  POINT_COLOR_DARK,
  POINT_STYLE,
  HIGHLIGHT,
  SELECTED,
  isPointKind,
} from './palette.ts';
import { SYMBOL_MAPPING } from './symbols.ts';
import { labelItems, labelsFor, type LabelItem } from './label-items.ts';
import { FLAGSHIP_LINE, FLAT, PASS_ALL, filter, lineOf, yearCategory } from './layer-common.ts';
import { placeLayers, preparePlaces, type PlaceData } from './place-layers.ts';
import { CONTEXT_LAYER_IDS, contextLayers } from './context-layers.ts';

/** Stable layer ids, in drawing order. */
export const LAYER_IDS = [
  'choropleth',
  // A story slide's context: what its filters leave out, faint (context-layers.ts).
  ...CONTEXT_LAYER_IDS,
  'flagship-corridors-casing',
  'flagship-corridors',
  'transfer-corridors',
  'partner-links',
  // Labels under symbols: a country name must never hide a record.
  'labels',
  'points-halo',
  'points',
  'country-badges',
  'country-badge-counts',
  'fan-halo',
  'fan',
  'highlight',
  'selection',
] as const;

export interface CountryShape {
  feature: Feature<MultiPolygon, CountryProps>;
  count: number;
}

// The label items have their own file; importers of the layers keep finding them here.
export { labelZoomStep, type LabelItem } from './label-items.ts';
export { yearCategory } from './layer-common.ts';

export interface LayerData {
  countries: CountryShape[];
  /** The choropleth's data array: one array per dataset, so deck never re-tessellates on a view change. */
  countryFeatures: Feature<MultiPolygon, CountryProps>[];
  /** Point records drawn as site symbols (records placed only to their country are in `places`). */
  points: AtlasRecord[];
  arcs: AtlasRecord[];
  paths: AtlasRecord[];
  /** Dataset index of each record in `points`, `arcs`, `paths` (same order), for the filter mask. */
  pointIndex: Uint32Array;
  arcIndex: Uint32Array;
  pathIndex: Uint32Array;
  labels: LabelItem[];
  /** Every year category present (0 = undated), for "all years" filtering. */
  years: number[];
  byId: Map<string, AtlasRecord>;
  /** Cooperation records per partner country (ISO alpha-3). */
  counts: Map<string, number>;
  /** Thinned label sets by language and zoom step, so the same step gives the same array. */
  labelCache: Map<string, LabelItem[]>;
  /** The labels last placed on screen and what placed them (screen-labels.ts), so the same placement keeps its array. */
  screenCache: { key: string; labels: LabelItem[] } | null;
  /** The last ringed records (highlight, selection) by their ids, so an unrelated change keeps the same array. */
  ringCache: Map<string, { key: string; records: AtlasRecord[] }>;
  /** Country badges of records placed only to their country, and partner countries' points. */
  places: PlaceData;
}

type LonLat = [number, number];
/** Where a ring marks a record: its point, or the middle vertex of its line. */
const anchorOf = (r: AtlasRecord): LonLat =>
  (r.geometry?.type === 'Point' ? r.geometry.coordinates : (r.geometry!.coordinates as LonLat[])[Math.floor(r.geometry!.coordinates.length / 2)]) as LonLat;
// Callers pass only records whose geometry type was checked in prepareLayerData.
const pointOf = (r: AtlasRecord): LonLat => r.geometry!.coordinates as LonLat;

/** Derives everything the layers draw from. Run once per dataset (and basemap), not per view change. */
export function prepareLayerData(
  records: readonly AtlasRecord[],
  countries: FeatureCollection<MultiPolygon, CountryProps>,
): LayerData {
  const counts = countryCounts(records);
  const shapes = countries.features
    .filter((f) => (counts.get(f.properties.a3) ?? 0) > 0)
    .map((feature) => ({ feature, count: counts.get(feature.properties.a3) ?? 0 }));
  const pick = (keep: (r: AtlasRecord) => boolean) => {
    const out: AtlasRecord[] = [];
    const index: number[] = [];
    records.forEach((r, i) => {
      if (keep(r)) {
        out.push(r);
        index.push(i);
      }
    });
    return [out, Uint32Array.from(index)] as const;
  };
  const places = preparePlaces(records);
  // Records in a place group (country-level, or stacked at one site) are drawn by their group's disc.
  const [points, pointIndex] = pick((r) => isPointKind(r.properties.kind) && r.geometry?.type === 'Point' && !places.groupOf.has(r.properties.id));
  // A country's name sits above its badge, not under it.
  const badgeAt = new Set(places.groups.filter((g) => g.level === 'country').map((g) => g.position.join()));
  const [arcs, arcIndex] = pick((r) => r.properties.kind === 'transfer-corridor' && r.geometry?.type === 'LineString');
  const [paths, pathIndex] = pick((r) => r.properties.kind === 'flagship-corridor' && r.geometry?.type === 'LineString');
  const { labels, china } = labelItems(records, counts, countries, badgeAt);
  const years = [...new Set(records.map(yearCategory))].sort((a, b) => a - b);
  if (!years.includes(0)) years.unshift(0);
  return {
    countries: shapes,
    // China drawn clear (count 0) but there to be picked: a click on it opens its profile.
    countryFeatures: [...shapes.map((c) => c.feature), ...(china && !counts.get(china.properties.a3) ? [china] : [])],
    points,
    arcs,
    paths,
    pointIndex,
    arcIndex,
    pathIndex,
    labels,
    years,
    byId: new Map(records.map((r) => [r.properties.id, r])),
    counts,
    labelCache: new Map(),
    screenCache: null,
    ringCache: new Map(),
    places,
  };
}

/** Records with a geometry among `ids`; the same array as last time for the same ids (per `slot`). */
function ringed(data: LayerData, slot: string, ids: readonly string[]): AtlasRecord[] {
  const key = ids.join('\n');
  const last = data.ringCache.get(slot);
  if (last?.key === key) return last.records;
  const records = ids.map((id) => data.byId.get(id)).filter((r): r is AtlasRecord => Boolean(r?.geometry));
  data.ringCache.set(slot, { key, records });
  return records;
}

/** The year categories a view lets through (0, undated, unless the view hides undated records). */
export function visibleYears(data: LayerData, view: AtlasView): number[] {
  const undated = view.undated !== false;
  if (!view.years) return undated ? data.years : data.years.filter((y) => y !== 0);
  const [from, to] = view.years;
  return data.years.filter((y) => (y === 0 ? undated : y >= from && y <= to));
}

export interface BuildOptions {
  /** URL of the symbol atlas PNG (src/layers/symbols.png through the bundler). */
  symbolAtlas: string;
  /** Pixel size of point symbols. @default 14 */
  symbolSize?: number;
  /** Scale of discs and type against the 1280 px screen (presentation type). @default 1 */
  scale?: number;
  /** Labels placed on screen (screen-labels.ts); without them, the labels thinned for the zoom. */
  labels?: LabelItem[];
  /** Dark theme: dark label plates and halos, symbol colours that read on dark land. */
  dark?: boolean;
}

export function buildLayers(data: LayerData, view: AtlasView, opts: BuildOptions): Layer[] {
  const kinds = [...view.kinds];
  const years = visibleYears(data, view);
  const size = opts.symbolSize ?? 14;
  // Kind and year are GPU categories (a change is a uniform); fields/regions/countries are a 0/1 value
  // computed on the CPU, re-uploaded only when that filter changes.
  const mask = view.cpuMask;
  // The accessor gets the item's index in the layer's data; `datasetIndex` maps it to the record's.
  const filterProps = <T extends AtlasRecord | LabelItem>(kindOf: (d: T) => Kind, yearOf: (d: T) => number, datasetIndex: (d: T, i: number) => number) => ({
    extensions: [filter],
    getFilterCategory: (d: T) => [kindOf(d), yearOf(d)],
    filterCategories: [kinds, years],
    getFilterValue: (d: T, { index }: { index: number }) => (mask ? mask[datasetIndex(d, index)] : 1),
    filterRange: [1, 1] as [number, number],
    updateTriggers: { getFilterValue: view.cpuKey },
  });
  const recordFilter = (indexes: Uint32Array) => filterProps<AtlasRecord>((r) => r.properties.kind, yearCategory, (_, i) => indexes[i]);
  const counts = view.counts ?? data.counts;
  const lang = view.lang;
  const highlighted = ringed(data, 'highlight', view.highlight);
  const selected = ringed(data, 'selection', view.selected ? [view.selected] : []);
  const scale = opts.scale ?? 1;
  const dark = opts.dark ?? false;
  const pointColor = dark ? POINT_COLOR_DARK : POINT_COLOR;
  const halo = dark ? HALO_DARK : HALO;
  const labelData = opts.labels ?? labelsFor(data, lang, view.zoom);
  const places = placeLayers(data.places, view, { symbolAtlas: opts.symbolAtlas, symbolSize: size, scale, dark });

  const layers: Layer[] = [
    // `beforeId` is read by @deck.gl/maplibre's interleaved overlay, which does not type it on layers.
    new GeoJsonLayer<CountryProps, { beforeId?: string }>({
      id: 'choropleth',
      ...FLAT,
      data: data.countryFeatures,
      // Under the basemap's coasts and borders, which also outline partner countries (basemapStyle):
      // a deck.gl stroke here would add a PathLayer program for lines MapLibre already draws.
      beforeId: CHOROPLETH_BEFORE,
      visible: kinds.includes('partner-country'),
      pickable: true,
      stroked: false,
      filled: true,
      getFillColor: (f) => CHOROPLETH[countClass(counts.get(f.properties.a3) ?? 0)],
      updateTriggers: { getFillColor: view.cpuKey + (view.years?.join('-') ?? '') + (view.undated === false ? 'u' : '') + kinds.join() },
      autoHighlight: true,
      highlightColor: [255, 255, 255, 70],
    }),
    ...contextLayers(data, view, { symbolAtlas: opts.symbolAtlas, symbolSize: size, scale, dark }),
    new PathLayer<AtlasRecord>({
      id: 'flagship-corridors-casing',
      ...FLAT,
      data: data.paths,
      getPath: lineOf,
      getColor: CORRIDOR_CASING,
      widthUnits: 'pixels',
      getWidth: 6,
      capRounded: true,
      jointRounded: true,
      ...recordFilter(data.pathIndex),
    }),
    new PathLayer<AtlasRecord>({
      id: 'flagship-corridors',
      ...FLAT,
      data: data.paths,
      pickable: true,
      ...FLAGSHIP_LINE,
      autoHighlight: true,
      highlightColor: [213, 94, 0, 255],
      ...recordFilter(data.pathIndex),
    }),
    new ArcLayer<AtlasRecord>({
      id: 'transfer-corridors',
      ...FLAT,
      data: data.arcs,
      pickable: true,
      greatCircle: true,
      numSegments: 64,
      getSourcePosition: (r) => lineOf(r)[0],
      getTargetPosition: (r) => lineOf(r)[lineOf(r).length - 1],
      // Certainty drawn: an inferred corridor is fainter and thinner than one a source states or reports.
      getSourceColor: (r) => corridorStyle(r.properties.confidence).source,
      getTargetColor: (r) => corridorStyle(r.properties.confidence).target,
      widthUnits: 'pixels',
      getWidth: (r) => corridorStyle(r.properties.confidence).width,
      autoHighlight: true,
      highlightColor: [0, 0, 0, 200],
      ...recordFilter(data.arcIndex),
    }),
    places.links,
    new TextLayer<LabelItem, DataFilterExtensionProps<LabelItem>>({
      id: 'labels',
      ...FLAT,
      ...PASS_ALL,
      // Placed on the CPU, filters applied (screen-labels.ts); the fallback has every label the zoom fits.
      data: labelData,
      getPosition: (d) => d.position,
      getText: (d) => d.text[lang],
      // The default atlas is ASCII only and silently drops Chinese; 'auto' collects every character used.
      // With no label at all 'auto' collects nothing, and deck uploads a zero-size glyph canvas ("WebGL:
      // INVALID_VALUE: texSubImage2D: no canvas", every own-data run without labels): keep one glyph then.
      characterSet: labelData.length ? 'auto' : ' ',
      fontFamily: FONT_FAMILY,
      fontWeight: 500,
      // Plain (non-SDF) glyphs on a light plate: SDF rendering dropped thin glyphs such as the en dash.
      fontSettings: { sdf: false, fontSize: 56, buffer: 4 },
      background: true,
      // On dark land a dark plate: a light one would glare (issue 15).
      getBackgroundColor: dark ? LABEL_BACK_DARK : LABEL_BACK,
      backgroundPadding: [3, 1, 3, 1],
      getColor: dark ? LABEL_COLOR_DARK : LABEL_COLOR,
      sizeUnits: 'pixels',
      getSize: (d) => d.size,
      getPixelOffset: (d) => d.offset,
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      updateTriggers: { getText: lang, getBackgroundColor: dark, getColor: dark },
    }),
    new IconLayer<AtlasRecord>({
      id: 'points-halo',
      ...FLAT,
      data: data.points,
      iconAtlas: opts.symbolAtlas,
      iconMapping: SYMBOL_MAPPING,
      getIcon: (r) => POINT_STYLE[r.properties.kind as keyof typeof POINT_STYLE].shape,
      getPosition: pointOf,
      getColor: halo,
      sizeUnits: 'pixels',
      getSize: size + 5 * scale,
      ...recordFilter(data.pointIndex),
    }),
    new IconLayer<AtlasRecord>({
      id: 'points',
      ...FLAT,
      data: data.points,
      pickable: true,
      iconAtlas: opts.symbolAtlas,
      iconMapping: SYMBOL_MAPPING,
      getIcon: (r) => POINT_STYLE[r.properties.kind as keyof typeof POINT_STYLE].shape,
      getPosition: pointOf,
      getColor: (r) => pointColor[r.properties.kind as keyof typeof POINT_STYLE],
      sizeUnits: 'pixels',
      getSize: size,
      autoHighlight: true,
      highlightColor: [0, 0, 0, 90],
      ...recordFilter(data.pointIndex),
      updateTriggers: { getFilterValue: view.cpuKey, getColor: dark },
    }),
    ...places.badges,
    new ScatterplotLayer<AtlasRecord>({
      id: 'highlight',
      ...FLAT,
      data: highlighted,
      getPosition: anchorOf,
      stroked: true,
      filled: true,
      radiusUnits: 'pixels',
      getRadius: size + 4,
      getFillColor: [255, 255, 255, 60],
      lineWidthUnits: 'pixels',
      getLineWidth: 3,
      getLineColor: HIGHLIGHT,
    }),
    new ScatterplotLayer<AtlasRecord>({
      id: 'selection',
      ...FLAT,
      data: selected,
      getPosition: anchorOf,
      stroked: true,
      filled: false,
      radiusUnits: 'pixels',
      getRadius: size,
      lineWidthUnits: 'pixels',
      getLineWidth: 2.5,
      getLineColor: SELECTED,
    }),
  ];
  return layers;
}
