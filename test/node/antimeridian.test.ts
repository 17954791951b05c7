import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import world110 from 'world-atlas/countries-110m.json';
import world50 from 'world-atlas/countries-50m.json';
import { closeAroundPole, fixLines, fixPolygon, hasNoJumps, splitRing, unwrap } from '../../src/basemap/antimeridian.ts';
import { topologyToBasemap } from '../../src/basemap/basemap.ts';

const inWorld = (rings: Position[][]) => rings.every((r) => r.every(([x, y]) => x >= -180 && x <= 180 && y >= -90 && y <= 90));
const area = (ring: Position[]) => Math.abs(ring.reduce((s, p, i) => (i ? s + (ring[i - 1][0] * p[1] - p[0] * ring[i - 1][1]) : s), 0) / 2);

describe('unwrap', () => {
  it.each([
    { title: 'no jump', input: [[10, 0], [20, 0], [30, 0]], expected: [[10, 0], [20, 0], [30, 0]] },
    { title: 'east across 180', input: [[170, 0], [-175, 0], [-170, 5]], expected: [[170, 0], [185, 0], [190, 5]] },
    { title: 'west across -180', input: [[-170, 0], [175, 0]], expected: [[-170, 0], [-185, 0]] },
    { title: 'empty', input: [], expected: [] },
  ])('$title', ({ input, expected }) => {
    expect(unwrap(input)).toEqual(expected);
  });
});

describe('polygons across the antimeridian', () => {
  const cases: { title: string; ring: Position[]; pieces: number; touchesPole?: boolean }[] = [
    { title: 'ordinary square stays one piece', ring: [[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]], pieces: 1 },
    { title: 'square straddling 180 splits in two', ring: [[170, -10], [-170, -10], [-170, 10], [170, 10], [170, -10]], pieces: 2 },
    { title: 'Fiji-like island across 180', ring: [[179.5, -16], [-179.8, -16.2], [-179.9, -16.8], [179.2, -16.6], [179.5, -16]], pieces: 2 },
    {
      title: 'polar ring (Antarctica-like) closes through the pole',
      ring: [[-180, -80], [-90, -75], [0, -70], [90, -75], [180, -80], [-180, -80]],
      pieces: 1,
      touchesPole: true,
    },
  ];
  it.each(cases)('$title', ({ ring, pieces, touchesPole }) => {
    const fixed = fixPolygon({ type: 'Polygon', coordinates: [ring] });
    const outers = fixed.coordinates.map((p) => p[0]);
    expect(outers).toHaveLength(pieces);
    expect(hasNoJumps(outers)).toBe(true);
    expect(inWorld(outers)).toBe(true);
    outers.forEach((r) => expect(r[0]).toEqual(r[r.length - 1]));
    if (touchesPole) expect(outers[0].some(([, y]) => y === -90)).toBe(true);
  });

  it('keeps the area of a split square (20° × 20°)', () => {
    const fixed = fixPolygon({ type: 'Polygon', coordinates: [[[170, -10], [-170, -10], [-170, 10], [170, 10], [170, -10]]] });
    const total = fixed.coordinates.reduce((s, p) => s + area(p[0]), 0);
    expect(total).toBeCloseTo(400, 6);
  });

  it('splitRing returns closed rings within [-180, 180]', () => {
    const pieces = splitRing(closeAroundPole([[175, 60], [185, 60], [185, 70], [175, 70], [175, 60]]));
    expect(pieces).toHaveLength(2);
    expect(inWorld(pieces)).toBe(true);
  });

  it('fixLines breaks a border line at the jump', () => {
    const out = fixLines({ type: 'MultiLineString', coordinates: [[[178, 65], [179.9, 65.5], [-179.9, 65.6], [-178, 66]]] });
    expect(out.coordinates).toHaveLength(2);
    expect(hasNoJumps(out.coordinates)).toBe(true);
  });
});

describe.each([
  ['110m', world110],
  ['50m', world50],
])('world-atlas countries-%s', (_name, topo) => {
  const base = topologyToBasemap(topo as unknown as Topology);
  const rings = base.countries.features.flatMap((f) => f.geometry.coordinates.flat());

  it('has no ring edge jumping across the map (no stripes) and nothing outside the world', () => {
    expect(hasNoJumps(rings)).toBe(true);
    expect(inWorld(rings)).toBe(true);
    expect(hasNoJumps(base.borders.geometry.coordinates)).toBe(true);
    expect(hasNoJumps(base.coasts.geometry.coordinates)).toBe(true);
  });

  it.each(['RUS', 'FJI', 'ATA'])('%s reaches both sides of the antimeridian', (a3) => {
    const f = base.countries.features.find((c) => c.properties.a3 === a3)!;
    const xs = f.geometry.coordinates.flat(2).map((p) => p[0]);
    expect(Math.max(...xs)).toBeGreaterThan(170);
    expect(Math.min(...xs)).toBeLessThan(-170);
  });

  it('names countries in zh and en by ISO code', () => {
    const chn = base.countries.features.find((c) => c.properties.n === '156')!;
    expect(chn.properties).toMatchObject({ a3: 'CHN', zh: '中国', en: 'China' });
    const ken = base.countries.features.find((c) => c.properties.a3 === 'KEN')!;
    expect(ken.properties.zh).toBe('肯尼亚');
  });
});
