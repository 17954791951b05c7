/**
 * world-atlas is made for spherical renderers (d3-geo): rings of Russia, Fiji and Antarctica jump from
 * +180 to -180 mid-ring. A planar renderer (MapLibre, deck.gl) draws each jump as a stripe across the
 * world. These helpers make every ring and line planar-safe: longitudes unwrapped, polar rings closed
 * through the pole, and the result cut at ±180 so nothing lies outside [-180, 180].
 */
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** Removes ±360° jumps so consecutive longitudes differ by at most 180°. */
export function unwrap(line: Position[]): Position[] {
  if (line.length === 0) return [];
  const out: Position[] = [[line[0][0], line[0][1]]];
  let offset = 0;
  for (let i = 1; i < line.length; i++) {
    const prev = out[i - 1][0];
    let lon = line[i][0] + offset;
    while (lon - prev > 180) {
      lon -= 360;
      offset -= 360;
    }
    while (lon - prev < -180) {
      lon += 360;
      offset += 360;
    }
    out.push([lon, line[i][1]]);
  }
  return out;
}

/**
 * A closed ring whose unwrapped end lands 360° away from its start goes around a pole (Antarctica).
 * Close it along the pole's latitude so it becomes an ordinary planar polygon.
 */
export function closeAroundPole(ring: Position[]): Position[] {
  const u = unwrap(ring);
  const first = u[0];
  const last = u[u.length - 1];
  if (Math.abs(last[0] - first[0]) < 180) return u;
  const meanLat = u.reduce((s, p) => s + p[1], 0) / u.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...u, [last[0], pole], [first[0], pole], [first[0], first[1]]];
}

/** Sutherland–Hodgman against one vertical line: keeps the side where `inside(lon)` holds. */
function clipSide(ring: Position[], x: number, keepLeft: boolean): Position[] {
  const inside = (p: Position) => (keepLeft ? p[0] <= x : p[0] >= x);
  const cross = (a: Position, b: Position): Position => {
    const t = (x - a[0]) / (b[0] - a[0]);
    return [x, a[1] + t * (b[1] - a[1])];
  };
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    if (inside(cur)) {
      if (!inside(prev)) out.push(cross(prev, cur));
      out.push(cur);
    } else if (inside(prev)) {
      out.push(cross(prev, cur));
    }
  }
  return out;
}

function closeRing(r: Position[]): Position[] {
  if (r.length === 0) return r;
  const [a, b] = [r[0], r[r.length - 1]];
  return a[0] === b[0] && a[1] === b[1] ? r : [...r, [a[0], a[1]]];
}

/** Cuts a planar (unwrapped) ring into pieces, one per 360° band, each shifted back into [-180, 180]. */
export function splitRing(ring: Position[]): Position[][] {
  const open = ring.slice(0, -1); // clipping works on the open ring
  let min = Infinity;
  let max = -Infinity;
  for (const p of open) {
    min = Math.min(min, p[0]);
    max = Math.max(max, p[0]);
  }
  const lo = Math.floor((min + 180) / 360);
  const hi = Math.ceil((max + 180) / 360) - 1;
  const pieces: Position[][] = [];
  for (let k = lo; k <= hi; k++) {
    const left = -180 + 360 * k;
    let piece = k === lo && k === hi ? open : clipSide(clipSide(open, left, false), left + 360, true);
    if (piece.length < 3) continue;
    if (k !== 0) piece = piece.map(([x, y]) => [x - 360 * k, y]);
    pieces.push(closeRing(piece));
  }
  return pieces;
}

/**
 * Planar-safe version of a (Multi)Polygon. Each outer ring is split by band; a hole goes with the
 * piece of its band (holes across the antimeridian do not occur in Natural Earth admin-0).
 */
export function fixPolygon(geom: Polygon | MultiPolygon): MultiPolygon {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const out: Position[][][] = [];
  for (const rings of polys) {
    const [outer, ...holes] = rings.map(closeAroundPole);
    const pieces = splitRing(outer);
    const fixedHoles = holes.flatMap(splitRing);
    pieces.forEach((piece, i) => {
      const [pMin, pMax] = lonRange(piece);
      const mine = fixedHoles.filter((h) => {
        const [hMin, hMax] = lonRange(h);
        return hMin >= pMin && hMax <= pMax;
      });
      out.push(i === 0 || mine.length ? [piece, ...mine] : [piece]);
    });
  }
  return { type: 'MultiPolygon', coordinates: out };
}

function lonRange(ring: Position[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const p of ring) {
    min = Math.min(min, p[0]);
    max = Math.max(max, p[0]);
  }
  return [min, max];
}

/** Splits lines wherever they jump across the antimeridian (for border meshes). */
export function fixLines(geom: MultiLineString): MultiLineString {
  const out: Position[][] = [];
  for (const line of geom.coordinates) {
    let cur: Position[] = [];
    for (const p of line) {
      const prev = cur[cur.length - 1];
      if (prev && Math.abs(p[0] - prev[0]) > 180) {
        if (cur.length > 1) out.push(cur);
        cur = [];
      }
      cur.push(p);
    }
    if (cur.length > 1) out.push(cur);
  }
  return { type: 'MultiLineString', coordinates: out };
}

/**
 * True when no edge of any ring/line jumps more than 180° — the "no stripes" property. An edge that runs
 * along a pole's latitude (Antarctica's southern edge) is real and lies off any Mercator view.
 */
export function hasNoJumps(lines: Position[][]): boolean {
  const alongPole = (a: Position, b: Position) => Math.abs(a[1]) === 90 && a[1] === b[1];
  return lines.every((l) => l.every((p, i) => i === 0 || Math.abs(p[0] - l[i - 1][0]) <= 180 || alongPole(l[i - 1], p)));
}
