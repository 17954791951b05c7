import { unsafeCSS } from 'lit';
import { BASEMAP_COLORS, PALETTE, cssVar, type PaletteRole } from '../core/palette.ts';

/**
 * The palette as custom properties on the element's host. Custom properties inherit through shadow
 * roots, so every panel reads `var(--atlas-ink)` without restating a colour; a host page may override
 * them on the element (`innovation-atlas { --atlas-link: … }`).
 */
export const paletteStyles = unsafeCSS(
  `:host { ${(Object.keys(PALETTE) as PaletteRole[]).map((r) => `${cssVar(r)}: ${PALETTE[r]};`).join(' ')} --atlas-sea: ${BASEMAP_COLORS.sea}; }`,
);
