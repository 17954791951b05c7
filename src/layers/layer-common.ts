/** What every deck.gl layer of the atlas shares: the GPU filter extension and flat drawing order. */
import { DataFilterExtension } from '@deck.gl/extensions';
import { recordYear } from '../core/derive.ts';
import type { AtlasRecord } from '../core/record.ts';
import { CORRIDOR_COLOR } from './palette.ts';

/** One extension instance (kind and year categories, one CPU value) for every filtered layer. */
export const filter = new DataFilterExtension({ filterSize: 1, categorySize: 2 });

/**
 * A flat map: every layer lies at z = 0, so with depth testing the first-drawn layer would win both
 * drawing and picking where layers meet. Draw (and pick) strictly in layer order instead.
 */
export const FLAT = { parameters: { depthCompare: 'always', depthWriteEnabled: false } } as const;

/**
 * The filter extension set to let everything through, for layers whose data is already filtered on the
 * CPU. Why carry it at all: an extension changes a layer's shader, so an IconLayer, TextLayer or ArcLayer
 * without it would compile a second GPU program (seconds in software GL) beside the filtered one.
 */
export const PASS_ALL = {
  extensions: [filter],
  // Functions, not constants: deck maps categories to bits through a transform it applies to accessor results.
  getFilterCategory: () => [0, 0],
  filterCategories: [[0], [0]],
  getFilterValue: () => 1,
  filterRange: [1, 1] as [number, number],
};

/** Year category used by the GPU filter; undated records are 0 and pass any year range. */
export function yearCategory(r: AtlasRecord): number {
  return recordYear(r) ?? 0;
}

/** A line record's vertices (callers pass only records whose geometry type was checked). */
export const lineOf = (r: AtlasRecord): [number, number][] => r.geometry!.coordinates as [number, number][];

/** How a flagship corridor's line is drawn, for the subject and for a slide's faint context alike. */
export const FLAGSHIP_LINE = {
  getPath: lineOf,
  getColor: CORRIDOR_COLOR,
  widthUnits: 'pixels',
  getWidth: 3,
  capRounded: true,
  jointRounded: true,
} as const;
