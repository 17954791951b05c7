/**
 * Colours and shapes. Point colours follow the Okabe–Ito colour-blind-safe set, slightly muted; every
 * point kind also has its own shape, so greyscale print still separates them.
 */
import type { Kind, PointKind } from '../core/vocabulary.ts';
import type { Shape } from './symbols.ts';

export type RGBA = [number, number, number, number];

export const POINT_STYLE: Record<PointKind, { color: RGBA; shape: Shape }> = {
  'joint-lab': { color: [0, 114, 178, 255], shape: 'circle' },
  park: { color: [0, 150, 110, 255], shape: 'square' },
  'demo-centre': { color: [200, 140, 0, 255], shape: 'triangle' },
  'transfer-centre': { color: [213, 94, 0, 255], shape: 'diamond' },
  organisation: { color: [184, 100, 160, 255], shape: 'hexagon' },
  event: { color: [60, 150, 210, 255], shape: 'star' },
  agreement: { color: [90, 90, 90, 255], shape: 'pentagon' },
};

/** Each point kind's colour, by kind (the light map). */
export const POINT_COLOR = Object.fromEntries(Object.entries(POINT_STYLE).map(([k, v]) => [k, v.color])) as Record<PointKind, RGBA>;

/**
 * The same kinds on the dark map: lighter tints of the same hues, each at least 3:1 against the dark land
 * (test/node/palette.test.ts computes it), so no symbol sinks into the land as the grey agreement did.
 */
export const POINT_COLOR_DARK: Record<PointKind, RGBA> = {
  'joint-lab': [110, 185, 240, 255],
  park: [70, 200, 150, 255],
  'demo-centre': [235, 175, 40, 255],
  'transfer-centre': [245, 140, 70, 255],
  organisation: [225, 150, 200, 255],
  event: [175, 215, 245, 255],
  agreement: [200, 200, 205, 255],
};

/** Transfer corridors run from the centre's colour to a pale end, so direction reads without arrows. */
export const ARC_SOURCE: RGBA = [213, 94, 0, 170];
export const ARC_TARGET: RGBA = [235, 190, 150, 90];
/** An inferred corridor (not stated by a source): the same hue, fainter and thinner, so certainty reads at a glance. */
export const ARC_INFERRED: RGBA = [213, 94, 0, 80];
export const ARC_INFERRED_TARGET: RGBA = [235, 190, 150, 40];
/** Pixel widths of stated/reported and of inferred corridors. */
export const ARC_WIDTH = 1.6;
export const ARC_INFERRED_WIDTH = 0.8;

/** How a transfer corridor is drawn for its confidence: inferred ones fainter and thinner. */
export function corridorStyle(confidence: string): { source: RGBA; target: RGBA; width: number } {
  return confidence === 'inferred' ? { source: ARC_INFERRED, target: ARC_INFERRED_TARGET, width: ARC_INFERRED_WIDTH } : { source: ARC_SOURCE, target: ARC_TARGET, width: ARC_WIDTH };
}

export const CORRIDOR_COLOR: RGBA = [45, 45, 60, 255];
export const CORRIDOR_CASING: RGBA = [255, 255, 255, 220];

export const HALO: RGBA = [255, 255, 255, 235];
/** On the dark map a symbol is set off by a dark ring: a white one would glare. */
export const HALO_DARK: RGBA = [29, 38, 48, 235];
export const SELECTED: RGBA = [20, 20, 20, 255];
/** Story highlights: a strong ring that reads on land, sea and symbols alike. */
export const HIGHLIGHT: RGBA = [213, 94, 0, 255];

/** Choropleth classes 1..4 (0 is not drawn): sand to umber, light to dark in greyscale too. */
export const CHOROPLETH: RGBA[] = [
  [0, 0, 0, 0],
  [238, 226, 198, 255],
  [225, 201, 150, 255],
  [204, 167, 102, 255],
  [170, 128, 62, 255],
];

export const LABEL_COLOR: RGBA = [35, 35, 45, 255];
/** The plate behind a label: light on the light map, the sea's dark on the dark one (with light type). */
export const LABEL_BACK: RGBA = [255, 255, 255, 190];
export const LABEL_BACK_DARK: RGBA = [29, 38, 48, 215];
export const LABEL_COLOR_DARK: RGBA = [238, 241, 244, 255];

/** Chinese-capable font stack for deck's TextLayer atlas (drawn from system fonts by Canvas2D). */
export const FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export function isPointKind(k: Kind): k is PointKind {
  return k in POINT_STYLE;
}

/** Country badges (records placed only to the country): a neutral disc, unlike any kind's symbol. */
export const BADGE_FILL: RGBA = [255, 255, 255, 245];
export const BADGE_LINE: RGBA = [70, 70, 88, 255];
export const BADGE_TEXT: RGBA = [35, 35, 45, 255];
/** A selected record's link to the partner countries it serves: dark at the record, fading to the country. */
export const LINK_SOURCE: RGBA = [35, 35, 45, 230];
export const LINK_TARGET: RGBA = [35, 35, 45, 110];

/** How strongly a story slide's context is drawn (context-layers.ts): visibly there, clearly behind the subject. */
export const CONTEXT_OPACITY = 0.25;
