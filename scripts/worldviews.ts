/**
 * Builds the basemap's worldviews from world-atlas (Natural Earth countries at 110m and 50m) and Natural
 * Earth's point-of-view files (../shared/reference/natural-earth-pov/, public domain). Build time only:
 * polygon-clipping and topojson-server never ship in the app.
 *
 * The China view, as Natural Earth records it (its ADM0_A3_CN field):
 * - Taiwan, Hong Kong and Macao are merged into China;
 * - each breakaway or disputed area is given to the country ADM0_A3_CN names, when that is not the country
 *   that holds it on the de facto map: Arunachal Pradesh and the India–China border valleys to China, and
 *   as Natural Earth records China's view elsewhere (the Kuril Is. to Japan, Crimea to Ukraine, …);
 * - the nine-dash line is a line object of its own (`ninedash`), drawn only in this view.
 * Areas are clipped to the map's own land first, so coastlines keep the file's resolution; what the cut leaves
 * of the losing country along the new border (thin slivers between two differently generalised lines) goes to
 * the receiving country, so there are no gaps, slivers or overlaps. The result is one TopoJSON topology, so
 * borders drawn as its mesh are single lines.
 *
 * The de facto 50m file is world-atlas's own countries-50m, minus its `land` object (the atlas never reads it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as PcMulti } from 'polygon-clipping';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from '../src/core/countries.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const POV_DIR = new URL('../../shared/reference/natural-earth-pov/', import.meta.url);

/** Natural Earth's own codes that are not ISO (or have no ISO id in world-atlas), to world-atlas ids or names. */
const NE_CODES: Record<string, string> = { SDS: '728', SAH: '732', CYN: 'N. Cyprus', SOL: 'Somaliland', KAS: 'Siachen Glacier', KOS: 'Kosovo' };
/** Merged into China in its view (ISO numeric): Taiwan, Hong Kong, Macao. */
const INTO_CHINA = ['158', '344', '446'];
const CHINA = '156';

type Country = Feature<Polygon | MultiPolygon, { name: string }>;
type Ring = [number, number][];
type Poly = Ring[];

/** world-atlas id (or name, for features without one) of a Natural Earth A3 code. */
function keyOf(a3: string): string | null {
  return NE_CODES[a3] ?? (countries as Record<string, { n: string }>)[a3]?.n ?? null;
}
const keyOfFeature = (f: Country): string => (f.id === undefined ? f.properties.name : String(f.id));

function polysOf(g: Polygon | MultiPolygon | null): Poly[] {
  if (!g) return [];
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Poly[];
}

function bbox(polys: Poly[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polys) for (const [x, y] of p[0]) [b[0], b[1], b[2], b[3]] = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
  return b;
}
const overlaps = (a: number[], b: number[]) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
/** world-atlas rings cross the antimeridian (made for spherical renderers): those parts are never clipped. */
const crossesAntimeridian = (p: Poly) => p[0].some(([x], i) => i > 0 && Math.abs(x - p[0][i - 1][0]) > 180);

function ringArea(r: Position[]): number {
  let s = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) s += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
  return Math.abs(s) / 2;
}
const polyArea = (p: Poly) => ringArea(p[0]) - p.slice(1).reduce((s, h) => s + ringArea(h), 0);

interface Area {
  name: string;
  /** world-atlas key of the country China's view gives it to. */
  to: string;
  polys: Poly[];
}

function readAreas(): Area[] {
  const fc = JSON.parse(readFileSync(new URL('ne_50m_admin_0_breakaway_disputed_areas.geojson', POV_DIR), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
  const out: Area[] = [];
  for (const f of fc.features) {
    const to = keyOf(f.properties.ADM0_A3_CN);
    if (!to) throw new Error(`worldviews: no world-atlas country for ADM0_A3_CN "${f.properties.ADM0_A3_CN}" (${f.properties.BRK_NAME})`);
    // Held by the country China's view gives it to (Aksai Chin, Jammu and Kashmir): the de facto map has it right.
    if (keyOf(f.properties.ADM0_A3) === to) continue;
    out.push({ name: f.properties.BRK_NAME, to, polys: polysOf(f.geometry) });
  }
  return out;
}

/** The nine dashes, as Natural Earth draws them (FCLASS_CN "International boundary (verify)"). */
export function nineDash(): Position[][] {
  const fc = JSON.parse(readFileSync(new URL('ne_50m_admin_0_boundary_lines_maritime_indicator_chn.geojson', POV_DIR), 'utf8')) as FeatureCollection<GeoJSON.LineString, Record<string, string>>;
  return fc.features.filter((f) => /boundary/i.test(f.properties.FCLASS_CN ?? '')).map((f) => f.geometry.coordinates);
}

function setPolys(f: Country, polys: Poly[]): void {
  f.geometry = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

/** The China view of one resolution's countries (mutates and returns `list`). */
function applyChinaView(list: Country[], areas: Area[], sliver: number): Country[] {
  const byKey = new Map(list.map((f) => [keyOfFeature(f), f]));
  const china = byKey.get(CHINA)!;
  setPolys(china, polygonClipping.union(polysOf(china.geometry) as PcMulti, ...INTO_CHINA.flatMap((k) => (byKey.get(k) ? [polysOf(byKey.get(k)!.geometry) as PcMulti] : []))) as Poly[]);
  for (const k of INTO_CHINA) byKey.delete(k);
  for (const area of areas) {
    const to = byKey.get(area.to);
    if (!to) continue; // a country this resolution does not draw
    const box = bbox(area.polys);
    const near = [...byKey.values()].filter((f) => overlaps(bbox(polysOf(f.geometry)), box));
    // The area as this map draws it: clipped to its land, so its coast is the map's coast.
    const land = polygonClipping.union([], ...near.map((f) => polysOf(f.geometry).filter((p) => !crossesAntimeridian(p)) as PcMulti));
    const piece = polygonClipping.intersection(area.polys as PcMulti, land) as Poly[];
    const pieceArea = piece.reduce((s, p) => s + polyArea(p), 0);
    if (pieceArea === 0) continue;
    // Who holds most of it on this map; nothing to do when that is already the receiving country.
    const held = near.map((f) => ({ f, a: (polygonClipping.intersection(piece as PcMulti, polysOf(f.geometry).filter((p) => !crossesAntimeridian(p)) as PcMulti) as Poly[]).reduce((s, p) => s + polyArea(p), 0) }));
    held.sort((a, b) => b.a - a.a);
    if (held[0].f === to) continue;
    let gained: Poly[] = piece;
    const before = new Map(list.map((f) => [f, f.geometry]));
    let enclave = false;
    for (const { f, a } of held) {
      if (f === to || a === 0) continue;
      const kept: Poly[] = [];
      for (const p of polysOf(f.geometry)) {
        if (crossesAntimeridian(p) || !overlaps(bbox([p]), box)) kept.push(p);
        else {
          for (const q of polygonClipping.difference(p as PcMulti[number], piece as PcMulti) as Poly[]) {
            // A sliver left between the area's edge and the map's own border goes with the area.
            if (polyArea(q) < sliver && polyArea(q) < polyArea(p) / 2) gained = polygonClipping.union(gained as PcMulti, [q] as PcMulti) as Poly[];
            else kept.push(q);
          }
        }
      }
      enclave ||= kept.reduce((s, p) => s + p.length, 0) > polysOf(f.geometry).reduce((s, p) => s + p.length, 0);
      if (kept.length) setPolys(f, kept);
      else byKey.delete(keyOfFeature(f));
    }
    if (enclave) {
      // Too small to reach its country at this resolution (Siachen at 110m): an enclave would be a dot, not a border.
      for (const [f, g] of before) f.geometry = g;
      for (const { f } of held) byKey.set(keyOfFeature(f), f);
      continue;
    }
    const [near2, far] = [polysOf(to.geometry).filter((p) => !crossesAntimeridian(p)), polysOf(to.geometry).filter(crossesAntimeridian)];
    // Hairline gaps between the area's edge and the country's own border would be holes: they are land.
    const joined = (polygonClipping.union(near2 as PcMulti, gained as PcMulti) as Poly[]).map((p) => [p[0], ...p.slice(1).filter((h) => ringArea(h) >= sliver)]);
    setPolys(to, [...joined, ...far]);
  }
  return [...byKey.values()];
}

function readAtlas(res: '110m' | '50m'): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${res}.json`), 'utf8')) as Topology;
}

/** Countries (and in the China view the nine-dash line) as a world-atlas-shaped topology. */
function toTopology(list: Country[], dashes: Position[][] | null, quantization: number): string {
  const objects: Record<string, GeoJSON.GeoJSON> = { countries: { type: 'FeatureCollection', features: list } };
  if (dashes) objects.ninedash = { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: dashes } };
  const topo = topology(objects as Parameters<typeof topology>[0], quantization);
  return JSON.stringify(topo);
}

/** The three built files, by name under public/basemap/ (deterministic: the same inputs give the same bytes). */
export function buildWorldviews(only?: '110m' | '50m'): Record<string, string> {
  const areas = readAreas();
  const dashes = nineDash();
  const out: Record<string, string> = {};
  for (const [res, sliver, q] of [['110m', 0.5, 1e5], ['50m', 0.05, 1e5]] as const) {
    if (only && only !== res) continue;
    const topo = readAtlas(res);
    const fc = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
    const list = fc.features.filter((f) => f.geometry) as Country[];
    out[`countries-${res}-cn.json`] = toTopology(applyChinaView(list, areas, sliver), dashes, q);
  }
  if (only === '110m') return out;
  const defacto50 = readAtlas('50m');
  delete defacto50.objects.land;
  out['countries-50m-de-facto.json'] = JSON.stringify(defacto50);
  return out;
}
