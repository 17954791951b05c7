/**
 * Symbol shapes for point kinds. Each kind gets a shape as well as a colour so the map reads in
 * greyscale and for colour-blind readers. Shapes are polygons in a unit box [-1, 1]² (y down); the
 * atlas PNG (src/layers/symbols.png) is rasterised from them by scripts/gen-symbols.ts, so shapes and
 * atlas cannot drift apart (a Node test regenerates it and compares).
 */

export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'star', 'triangle-down', 'pentagon'] as const;
export type Shape = (typeof SHAPES)[number];

/** Cell size of the atlas in pixels (icons are drawn at display size by deck, scaled from this). */
export const CELL = 64;

function regular(n: number, r: number, rotation: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / n;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });
}

function star(points: number, outer: number, inner: number): [number, number][] {
  return Array.from({ length: points * 2 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });
}

/** Shapes are sized to look equally heavy, not to share a bounding box. */
export const SHAPE_POLYGONS: Record<Shape, [number, number][]> = {
  circle: regular(48, 0.82, 0),
  square: [[-0.72, -0.72], [0.72, -0.72], [0.72, 0.72], [-0.72, 0.72]],
  diamond: regular(4, 0.95, -Math.PI / 2),
  triangle: regular(3, 0.98, -Math.PI / 2).map(([x, y]) => [x, y + 0.18] as [number, number]),
  hexagon: regular(6, 0.88, 0),
  star: star(5, 1, 0.45),
  'triangle-down': regular(3, 0.98, Math.PI / 2).map(([x, y]) => [x, y - 0.18] as [number, number]),
  pentagon: regular(5, 0.88, -Math.PI / 2),
};

/** deck.gl IconLayer `iconMapping` for the atlas: one cell per shape, left to right. */
export const SYMBOL_MAPPING: Record<Shape, { x: number; y: number; width: number; height: number; mask: true }> =
  Object.fromEntries(SHAPES.map((s, i) => [s, { x: i * CELL, y: 0, width: CELL, height: CELL, mask: true }])) as Record<
    Shape,
    { x: number; y: number; width: number; height: number; mask: true }
  >;
