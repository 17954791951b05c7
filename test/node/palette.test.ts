/**
 * Colours live in one place (src/core/palette.ts): the chrome reads them as CSS custom properties and
 * canvas/SVG code imports them. This fails when a colour literal creeps back into a component, or when a
 * stylesheet names a custom property the palette does not define (which would silently draw nothing).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS, BASEMAP_COLORS_DARK, PALETTE, cssVar, type PaletteRole } from '../../src/core/palette.ts';
import { HALO_DARK, LABEL_BACK_DARK, LABEL_COLOR_DARK, POINT_COLOR_DARK, POINT_STYLE } from '../../src/layers/palette.ts';

const SRC = new URL('../../src/', import.meta.url).pathname;
/** The palette itself, and the map symbols' RGBA table (numbers, not hex) beside their shapes. */
const HOMES = new Set(['core/palette.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|css)$/.test(f) ? [p] : [];
  });
}

const HEX = /#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![0-9])/g;

function hexLiterals(text: string): string[] {
  return (text.match(HEX) ?? []).filter((h) => /[a-fA-F]/.test(h) || h.length === 7);
}

describe('palette', () => {
  it('finds colour literals (the check can fail)', () => {
    expect(hexLiterals('a { color: #23232d; border: 1px solid #fff; } // visgl/deck.gl#10355')).toEqual(['#23232d', '#fff']);
  });

  it('no component, map or export file writes a hex colour of its own', () => {
    const offenders = files(SRC)
      .map((f) => [relative(SRC, f), hexLiterals(readFileSync(f, 'utf8'))] as const)
      .filter(([f, hits]) => !HOMES.has(f) && hits.length > 0);
    expect(offenders).toEqual([]);
  });

  it('every --atlas-* colour a stylesheet reads is defined by the palette', () => {
    const defined = new Set([...(Object.keys(PALETTE) as PaletteRole[]).map(cssVar), '--atlas-sea', '--atlas-height']);
    const used = new Set(files(SRC).flatMap((f) => readFileSync(f, 'utf8').match(/var\(--atlas-[a-z-]+/g) ?? []).map((v) => v.slice(4)));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((v) => !defined.has(v))).toEqual([]);
  });

  it('names roles as CSS properties', () => {
    expect(cssVar('inkSoft')).toBe('--atlas-ink-soft');
    expect(cssVar('presenterControl')).toBe('--atlas-presenter-control');
    expect(BASEMAP_COLORS.sea).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('the dark theme', () => {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const lum = ([r, g, b]: readonly number[]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  const contrast = (a: readonly number[], b: readonly number[]) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const land = hex(BASEMAP_COLORS_DARK.land);

  it('the contrast check can fail: the light map symbols on dark land', () => {
    expect(contrast(POINT_STYLE.agreement.color, land)).toBeLessThan(3);
  });

  it.each(Object.entries(POINT_COLOR_DARK))('the %s symbol reads on dark land (at least 3:1)', (_, color) => {
    expect(contrast(color, land)).toBeGreaterThanOrEqual(3);
  });

  it('labels on the dark map: light type on a dark plate, not a light plate', () => {
    expect(lum(LABEL_BACK_DARK)).toBeLessThan(lum(land));
    expect(contrast(LABEL_COLOR_DARK, LABEL_BACK_DARK)).toBeGreaterThanOrEqual(4.5);
    expect(lum(HALO_DARK)).toBeLessThan(lum(land));
  });
});
