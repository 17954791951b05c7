/**
 * Checks that a point says no more than its source: a record the build put at a country's representative
 * point is a country-level record, and a site is one place. Pure functions; scripts/data-check.ts runs them.
 */
import type { Position } from 'geojson';
import type { AtlasRecord } from '../src/core/record.ts';
import type { PlacementInfo, Problem } from './problem.ts';

/**
 * A city or site point this close (degrees, about 1 km) to its country's representative point is taken to
 * be a country-level point in disguise. The nearest real city point in the dataset is 0.11° away.
 */
export const COUNTRY_POINT_RADIUS_DEG = 0.01;

/**
 * Precision must match how the point was made:
 * - a record the build placed at a country's representative point ("country-point") has precision "country";
 * - a city- or site-precision point must not sit on the representative point of its location country
 *   (within COUNTRY_POINT_RADIUS_DEG), the place the map reserves for country-level records.
 * `countryPoints` maps ISO alpha-3 → the representative point the build uses (polylabel in the largest polygon).
 */
export function checkCountryLevelPoints(
  records: AtlasRecord[],
  placements: Record<string, PlacementInfo>,
  countryPoints: Map<string, Position>,
): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    const p = r.properties;
    if (r.geometry?.type !== 'Point') continue;
    const pl = placements[p.id];
    if (pl?.method === 'country-point' && p.precision !== 'country') {
      problems.push({ check: 'country-point', id: p.id, field: 'properties.precision', message: `placed at the representative point of ${pl.country}, so precision must be "country", not "${p.precision}"` });
      continue;
    }
    if (p.precision !== 'city' && p.precision !== 'site') continue;
    const country = pl?.country;
    const cp = country ? countryPoints.get(country) : undefined;
    if (!cp) continue;
    const [x, y] = r.geometry.coordinates;
    const d = Math.hypot(x - cp[0], y - cp[1]);
    if (d <= COUNTRY_POINT_RADIUS_DEG) {
      problems.push({
        check: 'country-point',
        id: p.id,
        field: 'geometry.coordinates',
        message: `a ${p.precision}-precision point sits on the representative point of ${country} [${cp.join(', ')}] (${d.toFixed(4)}° away): give its real place or make it precision "country"`,
      });
    }
  }
  return problems;
}

/**
 * Two distinct site-precision records may not share one exact point: a site is a facility, so two of them
 * on the same coordinates means one was given a point it does not have. (City-precision records may share
 * a city's point.)
 */
export function checkSharedSites(records: AtlasRecord[]): Problem[] {
  const byPoint = new Map<string, string[]>();
  for (const r of records) {
    if (r.geometry?.type !== 'Point' || r.properties.precision !== 'site') continue;
    const key = r.geometry.coordinates.join(',');
    byPoint.set(key, [...(byPoint.get(key) ?? []), r.properties.id]);
  }
  const problems: Problem[] = [];
  for (const [key, ids] of byPoint) {
    if (ids.length < 2) continue;
    for (const id of ids.slice(1)) {
      problems.push({ check: 'shared-site', id, field: 'geometry.coordinates', message: `site [${key}] is also the site of "${ids[0]}": two distinct sites cannot share one exact point` });
    }
  }
  return problems;
}
