/**
 * The embedded basemap: a world-atlas (Natural Earth) TopoJSON turned into planar GeoJSON for MapLibre
 * and deck.gl, plus an offline style (no tiles, glyphs or sprites). Pure: no map library imports.
 *
 * Any TopoJSON whose country object carries ISO 3166-1 numeric ids (as world-atlas does) can be swapped
 * in; boundaries are whatever that file draws (world-atlas draws de facto lines). The worldview files built
 * by scripts/build-worldviews.ts have the same layout, and the China view adds a `ninedash` line object.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import countries from '../core/countries.json';
import { fixLines, fixPolygon } from './antimeridian.ts';
import { BASEMAP_COLORS, type BasemapColors } from '../core/palette.ts';

export interface CountryProps {
  /** ISO alpha-3, or '' where the atlas has no ISO id (N. Cyprus, Somaliland, Kosovo). */
  a3: string;
  /** ISO numeric id as in the atlas. */
  n: string;
  zh: string;
  en: string;
}

export type CountryFeature = Feature<MultiPolygon, CountryProps>;

export interface Basemap {
  countries: FeatureCollection<MultiPolygon, CountryProps>;
  /** Shared land borders, drawn once (no double strokes). */
  borders: Feature<MultiLineString>;
  /** Coastlines (arcs used by one country only). */
  coasts: Feature<MultiLineString>;
  /** Maritime claim lines drawn by the view (the nine-dash line in China's view); empty otherwise. */
  claims: Feature<MultiLineString>;
}

const lines = (coordinates: GeoJSON.Position[][]): Feature<MultiLineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates } });

/** A basemap with nothing in it (no basemap could be loaded: the records are drawn on the bare sea). */
export const EMPTY_BASEMAP: Basemap = {
  countries: { type: 'FeatureCollection', features: [] },
  borders: lines([]),
  coasts: lines([]),
  claims: lines([]),
};

const byNumeric = new Map(Object.entries(countries).map(([a3, c]) => [c.n, { a3, ...c }]));

/** Converts a countries topology (world-atlas layout: `objects.countries`) into planar GeoJSON. */
export function topologyToBasemap(topo: Topology, objectName = 'countries'): Basemap {
  const obj = topo.objects[objectName] as GeometryCollection<{ name?: string }> | undefined;
  if (!obj) throw new Error(`basemap: the TopoJSON has no object "${objectName}"`);
  const fc = feature(topo, obj) as FeatureCollection<MultiPolygon | GeoJSON.Polygon, { name?: string }>;
  const out: CountryFeature[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const n = f.id === undefined ? '' : String(f.id).padStart(3, '0');
    const known = byNumeric.get(n);
    const fallback = f.properties?.name ?? '';
    out.push({
      type: 'Feature',
      id: n || undefined,
      geometry: fixPolygon(f.geometry),
      properties: { a3: known?.a3 ?? '', n, zh: known?.zh ?? fallback, en: known?.en ?? fallback },
    });
  }
  // Borders are the topology's mesh, not polygon outlines: where the China view merged or cut countries,
  // each shared edge is still one line (no double strokes, no hairline gaps).
  const borders = fixLines(mesh(topo, obj, (a, b) => a !== b) as MultiLineString);
  const coasts = fixLines(mesh(topo, obj, (a, b) => a === b) as MultiLineString);
  const claimObj = topo.objects.ninedash;
  return {
    countries: { type: 'FeatureCollection', features: out },
    borders: { type: 'Feature', properties: {}, geometry: borders },
    coasts: { type: 'Feature', properties: {}, geometry: coasts },
    claims: lines(claimObj ? (mesh(topo, claimObj as GeometryObject) as MultiLineString).coordinates : []),
  };
}

/** The colours live with the rest of the palette; re-exported for the style builder's callers. */
export { BASEMAP_COLORS, BASEMAP_COLORS_DARK, type BasemapColors } from '../core/palette.ts';

/** Partner-country outline: a warm umber between the choropleth's middle and darkest classes; reads on both themes. */
const PARTNER_LINE = 'rgba(150, 120, 70, 0.63)';

/** Paint properties per style layer, so a theme change repaints without rebuilding the style. */
export function basemapPaint(c: BasemapColors): [layer: string, property: string, value: string][] {
  return [
    ['sea', 'background-color', c.sea],
    ['land', 'fill-color', c.land],
    ['coasts', 'line-color', c.coast],
    ['borders', 'line-color', c.border],
    ['claims', 'line-color', c.border],
  ];
}

/** The style layer the choropleth (a deck.gl layer) is drawn under, so borders and coasts stay on top of it. */
export const CHOROPLETH_BEFORE = 'coasts';

/** The basemap's GeoJSON sources, each replaced in place when the view or the detail changes. */
export const BASEMAP_SOURCES = ['countries', 'borders', 'coasts', 'claims'] as const;

/** The style layer outlining partner countries (those with records). */
export const PARTNER_OUTLINE = 'partners';

/** A style filter matching the countries with these ISO alpha-3 codes. */
const partnerFilter = (a3: readonly string[]): unknown[] => ['in', ['get', 'a3'], ['literal', [...a3]]];

/**
 * A MapLibre style object (plain JSON; the style spec needs no library) with sea, land, borders and
 * coasts, and — when `partners` is given — an outline round those countries. No `glyphs`, `sprite` or
 * tiled sources: nothing is fetched.
 *
 * The partner outline is a basemap line, not a deck.gl PathLayer: in software WebGL a PathLayer program
 * costs ~2 s to compile at first frame, while this reuses the program MapLibre already has for borders.
 */
export function basemapStyle(b: Basemap, c: BasemapColors = BASEMAP_COLORS, partners?: readonly string[]): Record<string, unknown> {
  const outline = partners
    ? [{ id: PARTNER_OUTLINE, type: 'line', source: 'countries', filter: partnerFilter(partners), paint: { 'line-color': PARTNER_LINE, 'line-width': 0.8 } }]
    : [];
  return {
    version: 8,
    name: 'innovation-road-atlas-basemap',
    sources: {
      // The reader-facing credit (source and view) is the element's footer; MapLibre's control is off.
      countries: { type: 'geojson', data: b.countries },
      borders: { type: 'geojson', data: b.borders },
      coasts: { type: 'geojson', data: b.coasts },
      claims: { type: 'geojson', data: b.claims },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': c.land, 'fill-antialias': true } },
      { id: 'coasts', type: 'line', source: 'coasts', paint: { 'line-color': c.coast, 'line-width': 0.6 } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': c.border, 'line-width': 0.6 } },
      // Natural Earth draws the nine dashes as separate lines already: a solid stroke keeps them dashes.
      { id: 'claims', type: 'line', source: 'claims', paint: { 'line-color': c.border, 'line-width': 1.4 } },
      ...outline,
    ],
  };
}
