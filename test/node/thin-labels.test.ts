import { describe, expect, it } from 'vitest';
import { mercatorPixel, textWidth, thinLabels, type ThinnableLabel } from '../../src/layers/thin-labels.ts';

const label = (lon: number, lat: number, priority: number, en = 'Label', zh = '标签'): ThinnableLabel & { n: string } => ({
  n: en,
  position: [lon, lat],
  text: { zh, en },
  priority,
  size: 14,
  offset: [0, 0],
});

describe('mercatorPixel', () => {
  it.each([
    { lonLat: [0, 0] as [number, number], zoom: 0, xy: [256, 256] },
    { lonLat: [-180, 0] as [number, number], zoom: 1, xy: [0, 512] },
    { lonLat: [180, 0] as [number, number], zoom: 0, xy: [512, 256] },
  ])('$lonLat at z$zoom', ({ lonLat, zoom, xy }) => {
    const [x, y] = mercatorPixel(lonLat, zoom);
    expect(x).toBeCloseTo(xy[0], 6);
    expect(y).toBeCloseTo(xy[1], 6);
  });
});

describe('thinLabels', () => {
  it('keeps the higher priority of two overlapping labels', () => {
    const a = label(69.2, 41.3, 5, 'Uzbekistan');
    const b = label(74.6, 41.2, 9, 'Kyrgyzstan');
    expect(thinLabels([a, b], 'en', 1.5).map((l) => l.n)).toEqual(['Kyrgyzstan']);
  });
  it('keeps both once zoomed in far enough', () => {
    const a = label(69.2, 41.3, 5, 'Uzbekistan');
    const b = label(74.6, 41.2, 9, 'Kyrgyzstan');
    expect(thinLabels([a, b], 'en', 5).map((l) => l.n)).toEqual(['Uzbekistan', 'Kyrgyzstan']);
  });
  it('keeps labels that are far apart, in input order', () => {
    const out = thinLabels([label(-50, -10, 1, 'Brazil'), label(100, 60, 2, 'Russia'), label(20, 44, 3, 'Serbia')], 'en', 1);
    expect(out.map((l) => l.n)).toEqual(['Brazil', 'Russia', 'Serbia']);
  });
  it('measures Chinese wider per character than Latin', () => {
    expect(textWidth('塞尔维亚', 14)).toBe(56);
    expect(textWidth('Serbia', 14)).toBeCloseTo(6 * 14 * 0.56);
  });
  it('breaks priority ties by input order (deterministic)', () => {
    const a = label(10, 10, 1, 'First');
    const b = label(10.5, 10, 1, 'Second');
    expect(thinLabels([a, b], 'en', 2).map((l) => l.n)).toEqual(['First']);
  });
});
