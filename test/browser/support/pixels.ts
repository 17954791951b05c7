/** Pixel readback from screenshots, and colour comparison. */
import type { Page } from 'playwright-core';

export type Rgba = number[];

/** '#rrggbb' → [r, g, b]. */
export const hex = (h: string): number[] => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/** Whether two colours agree in r, g and b within `tol`. */
export const near = (a: Rgba, b: number[], tol = 6): boolean => a.slice(0, 3).every((v, i) => Math.abs(v - b[i]) <= tol);

/** RGBA of screenshot pixels at page coordinates, decoded inside the page (no PNG package needed). */
export async function pixels(page: Page, pts: [number, number][], decoder: Page = page): Promise<Rgba[]> {
  const png = await page.screenshot();
  // `decoder` is a page that may fetch data: URLs (a page under a strict CSP may not).
  return decoder.evaluate(
    async ({ b64, pts }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return pts.map(([x, y]) => Array.from(ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data));
    },
    { b64: png.toString('base64'), pts },
  );
}

/** Points of a box around `c`, `dx`/`dy` either side, every `step` pixels. */
export function box(c: [number, number], dx: number, dy: number, step: [number, number] = [1, 1]): [number, number][] {
  const pts: [number, number][] = [];
  for (let x = -dx; x <= dx; x += step[0]) for (let y = -dy; y <= dy; y += step[1]) pts.push([c[0] + x, c[1] + y]);
  return pts;
}
