/**
 * What a slide is about, as places on the map: its highlighted records' points (a line's every vertex),
 * and the box that holds them. The presenter fits the camera to that box, clear of the caption card and
 * the call-outs, so a slide never frames an empty ocean while its subject sits under a card. Pure.
 */
import type { AtlasRecord } from '../core/record.ts';
import { countryPoints, partnerLinks } from '../core/places.ts';
import { memo } from '../core/memo.ts';
import type { Slide } from './schema.ts';

/** Partner countries' points, once per dataset (the map of records keeps its identity until the data changes). */
const partnerPoints = memo((byId: ReadonlyMap<string, AtlasRecord>) => countryPoints([...byId.values()]));

export type Bounds = [[west: number, south: number], [east: number, north: number]];

/**
 * The points of the slide's highlighted records (records without a geometry add none), with both ends of a
 * linked record: a lab hosted in Nanjing that works with Kenya is framed with Kenya, where its link ends.
 */
export function subjectPoints(slide: Pick<Slide, 'highlight'>, byId: ReadonlyMap<string, AtlasRecord>): [number, number][] {
  return (slide.highlight ?? []).flatMap((id) => {
    const r = byId.get(id);
    const g = r?.geometry;
    if (!r || !g) return [];
    if (g.type !== 'Point') return g.coordinates as [number, number][];
    return [g.coordinates as [number, number], ...partnerLinks(r, partnerPoints(byId)).map((l) => l.to)];
  });
}

/** The box around `points` (a single point gives an empty box: the camera centres it), or null for none. */
export function boundsOf(points: readonly [number, number][]): Bounds | null {
  if (!points.length) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]];
}

/** True when the box has no extent (one place): the slide's own zoom decides how close to go. */
export const isPoint = (b: Bounds): boolean => b[0][0] === b[1][0] && b[0][1] === b[1][1];

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Map padding that keeps a fitted subject out from under the slide's cards (element pixels): cards on the
 * left half of a wide screen reserve a left column; cards spanning a narrow screen reserve its bottom and
 * top. `margin` keeps symbols and their labels off the edges.
 */
export function paddingClearOf(cards: readonly Box[], size: { width: number; height: number }, margin = 40): { top: number; right: number; bottom: number; left: number } {
  const pad = { top: margin, right: margin, bottom: margin, left: margin };
  for (const c of cards) {
    // A narrow box reserves the column it stands in: the cards' on the left, the legend's on the right.
    // Where a right column would leave the map under a third of the width (the cards' column comes first in
    // `cards`), the box's rows at the bottom are reserved instead.
    if (c.right - c.left < size.width * 0.6 && c.left + c.right > size.width) {
      const right = size.width - c.left + margin;
      if (right <= size.width - pad.left - size.width / 3) pad.right = Math.max(pad.right, right);
      else if (c.top > size.height / 2) pad.bottom = Math.max(pad.bottom, size.height - c.top + margin);
      else pad.top = Math.max(pad.top, c.bottom + margin);
    } else if (c.right - c.left < size.width * 0.6) pad.left = Math.max(pad.left, c.right + margin);
    // A box across the screen reserves the rows from its edge to the nearer one: by its middle, as the call-out
    // row of a phone's bottom sheet starts above the middle of the screen but belongs to the bottom.
    else if (c.top + c.bottom > size.height) pad.bottom = Math.max(pad.bottom, size.height - c.top + margin);
    else pad.top = Math.max(pad.top, c.bottom + margin);
  }
  // Never leave less than a third of the screen to the map.
  pad.left = Math.min(pad.left, size.width * 0.6);
  pad.right = Math.min(pad.right, size.width - pad.left - size.width / 3);
  pad.bottom = Math.min(pad.bottom, size.height * 0.6);
  pad.top = Math.min(pad.top, size.height - pad.bottom - size.height / 3);
  return pad;
}
