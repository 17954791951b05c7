/**
 * Label thinning for a zoom level: labels are placed greedily by priority in Web-Mercator pixel space
 * and any label whose box would overlap an already placed one is left out. Pure and deterministic, so
 * world zoom stays uncluttered and tests can say exactly which labels show. (deck's GPU collision filter
 * left overlaps and faded labels in MapLibre's interleaved mode.)
 */
import type { Lang } from '../core/vocabulary.ts';

export interface ThinnableLabel {
  position: [number, number];
  text: { zh: string; en: string };
  priority: number;
  /** Pixel size of the text. */
  size: number;
  /** Pixel offset of the text centre from the position. */
  offset: [number, number];
}

const TILE = 512; // MapLibre's world size at zoom 0

/** Web-Mercator pixel position at a zoom. */
export function mercatorPixel([lon, lat]: [number, number], zoom: number): [number, number] {
  const world = TILE * 2 ** zoom;
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * world, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * world];
}

/** Approximate rendered width: CJK characters are square, Latin ones about 0.56 em. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? size : size * 0.56;
  return w;
}

export function thinLabels<T extends ThinnableLabel>(labels: readonly T[], lang: Lang, zoom: number, pad = 4): T[] {
  const placed: [number, number, number, number][] = [];
  const order = labels.map((l, i) => ({ l, i })).sort((a, b) => b.l.priority - a.l.priority || a.i - b.i);
  const keep = new Set<number>();
  for (const { l, i } of order) {
    const [x, y] = mercatorPixel(l.position, zoom);
    const cx = x + l.offset[0];
    const cy = y + l.offset[1];
    const hw = textWidth(l.text[lang], l.size) / 2 + pad;
    const hh = l.size / 2 + pad;
    const box: [number, number, number, number] = [cx - hw, cy - hh, cx + hw, cy + hh];
    if (placed.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
    placed.push(box);
    keep.add(i);
  }
  // Dataset order, so the kept array is stable for deck's diffing.
  return labels.filter((_, i) => keep.has(i));
}
