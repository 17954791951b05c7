/**
 * Label placement in screen pixels, clear of every symbol, disc and control. Pure.
 *
 * Why this and not MapLibre's or deck's collision: the labels are deck.gl TextLayer glyphs (no glyph server:
 * the atlas is offline), so MapLibre's symbol collision never sees them, nor deck's symbols; and deck's
 * CollisionFilterExtension only hides labels that collide with each other (measured: in interleaved mode it
 * left labels under symbols and faded them in and out while panning). Offsetting instead keeps a label
 * beside its place: each label, in priority order, tries the spot on its anchor and then spots round it
 * (above, below, right, left, then the corners), and takes the first whose box hits no symbol, no chrome
 * rectangle, no label placed before it and stays on screen; a label with no free spot is left out.
 */

/** [left, top, right, bottom] in element pixels. */
export type Box = [number, number, number, number];

export interface LabelCandidate {
  /** Screen pixel of the place the label names. */
  anchor: [number, number];
  text: string;
  /** Pixel size of the text. */
  size: number;
  /** Higher is placed first. */
  priority: number;
  /** Radius of the symbol or disc drawn at the anchor (0 when none): spots round it clear it. */
  clear: number;
  /** Pixel offset to try first (e.g. a corridor's name above its line), before the spots round the anchor. */
  prefer?: [number, number];
  /**
   * Shown even where symbols leave no free spot (China, a slide's places, on a dataset dense with symbols):
   * then it takes the first spot clear of the chrome and of other labels.
   */
  force?: boolean;
}

export interface Placement {
  /** Index of the candidate in the input. */
  index: number;
  /** Pixel offset of the text's centre from the anchor. */
  offset: [number, number];
  box: Box;
}

export interface PlaceOptions {
  /** Symbols and discs the labels stay off. */
  obstacles: readonly Box[];
  /** Chrome over the map: no label goes under it, forced or not. */
  chrome?: readonly Box[];
  /** The element's size: labels stay wholly inside. */
  width: number;
  height: number;
  /** Rendered width of `text` at `size` px. */
  measure: (text: string, size: number) => number;
  /** Plate padding round the glyphs, and the gap kept from a symbol's edge. */
  pad?: number;
}

const boxAt = ([x, y]: [number, number], ox: number, oy: number, hw: number, hh: number): Box => [x + ox - hw, y + oy - hh, x + ox + hw, y + oy + hh];

export const intersects = (a: Box, b: Box): boolean => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** Offsets tried in order (unit directions, scaled by the label's and the symbol's size). */
const SPOTS: [number, number][] = [[0, -1], [0, 1], [1, 0], [-1, 0], [1, -1], [-1, -1], [1, 1], [-1, 1]];

export function placeLabels(labels: readonly LabelCandidate[], opts: PlaceOptions): Placement[] {
  const pad = opts.pad ?? 3;
  const taken: Box[] = [];
  const out: Placement[] = [];
  const order = labels.map((_, i) => i).sort((a, b) => labels[b].priority - labels[a].priority || a - b);
  for (const i of order) {
    const l = labels[i];
    const hw = opts.measure(l.text, l.size) / 2 + pad;
    const hh = l.size / 2 + pad;
    const gap = l.clear > 0 ? l.clear + pad : 0;
    const tries: [number, number][] = [];
    if (l.prefer) tries.push(l.prefer);
    if (l.clear === 0) tries.push([0, 0]);
    // Step out from the symbol: first just clear of it, then one, two and three label heights further
    // (a crowded city: a slide's place is named a little off rather than over a neighbour's disc).
    for (const step of [0, hh * 2, hh * 4, hh * 6]) for (const [dx, dy] of SPOTS) tries.push([dx * (hw + gap + (dx ? step : 0)), dy * (hh + gap + (dy ? step : 0))]);
    const chrome = opts.chrome ?? [];
    const fits = (box: Box, strict: boolean) =>
      box[0] >= 0 && box[1] >= 0 && box[2] <= opts.width && box[3] <= opts.height && !chrome.some((b) => intersects(box, b)) &&
      !taken.some((b) => intersects(box, b)) && !(strict && opts.obstacles.some((b) => intersects(box, b)));
    for (const strict of l.force ? [true, false] : [true]) {
      // Whole pixels: crisp glyphs, and the box is exactly where the text is drawn.
      const spot = tries.map(([tx, ty]) => [Math.round(tx), Math.round(ty)] as [number, number]).find(([ox, oy]) => fits(boxAt(l.anchor, ox, oy, hw, hh), strict));
      if (!spot) continue;
      const box = boxAt(l.anchor, spot[0], spot[1], hw, hh);
      taken.push(box);
      out.push({ index: i, offset: spot, box });
      break;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A square box of half-size `r` round a pixel. */
export const around = ([x, y]: [number, number], r: number): Box => [x - r, y - r, x + r, y + r];
