/** Where the points of a figure series go in "In numbers"' small charts. Pure. */
import type { SeriesPoint } from './systems.ts';

/** The chart's box (px): points lie between `top` and `base`, `padX` in from the sides. */
export const CHART = { width: 300, height: 78, padX: 16, top: 16, base: 58 } as const;
const { width: W, padX: PAD_X, top: TOP, base: BASE } = CHART;
/** Labels closer than this (px) to the last one drawn are left out; the table has every value. */
const LABEL_GAP = 30;

/** Fractional year of a fuzzy date: "2021-06" → 2021.42. */
export function yearOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return y + ((m || 1) - 1) / 12 + ((d || 1) - 1) / 365;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  year: number;
  /** Whether the value and year are drawn (not crowding the previous label). */
  labelled: boolean;
}

/**
 * Chart positions of a series' dated points, in a W×H box: x by date (evenly when all share one date), y from
 * a zero baseline (so bars of growth are not exaggerated). Pure.
 */
export function chartPoints(points: readonly SeriesPoint[]): ChartPoint[] {
  const dated = points.filter((p) => p.asOf);
  if (!dated.length) return [];
  const xs = dated.map((p) => yearOf(p.asOf!));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const max = Math.max(...dated.map((p) => p.value), 0) || 1;
  const x = (i: number) =>
    x1 === x0 ? (dated.length === 1 ? W / 2 : PAD_X + ((W - 2 * PAD_X) * i) / (dated.length - 1)) : PAD_X + ((W - 2 * PAD_X) * (xs[i] - x0)) / (x1 - x0);
  const lastX = x(dated.length - 1);
  let lastLabel = -Infinity;
  return dated.map((p, i) => {
    const at = x(i);
    // The latest value is always labelled; others only with room on both sides.
    const labelled = i === dated.length - 1 || (at - lastLabel >= LABEL_GAP && lastX - at >= LABEL_GAP);
    if (labelled) lastLabel = at;
    return { x: at, y: BASE - ((BASE - TOP) * p.value) / max, value: p.value, year: Math.floor(xs[i]), labelled };
  });
}

