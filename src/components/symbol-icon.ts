import { svg } from 'lit';
import type { Kind } from '../core/vocabulary.ts';
import { ARC_SOURCE, ARC_TARGET, CHOROPLETH, CORRIDOR_COLOR, POINT_STYLE, isPointKind, type RGBA } from '../layers/palette.ts';
import { SHAPE_POLYGONS } from '../layers/symbols.ts';
import { PALETTE } from '../core/palette.ts';

export const rgb = (c: RGBA) => `rgb(${c[0]} ${c[1]} ${c[2]})`;

/** The map's symbol for a kind, as a 16 px inline SVG (legend, lists, details). */
export function symbolIcon(kind: Kind) {
  if (isPointKind(kind)) {
    const { color, shape } = POINT_STYLE[kind];
    const pts = SHAPE_POLYGONS[shape].map(([x, y]) => `${(x * 6 + 8).toFixed(2)},${(y * 6 + 8).toFixed(2)}`).join(' ');
    return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><polygon points=${pts} fill=${rgb(color)} stroke="white" stroke-width="1"/></svg>`;
  }
  if (kind === 'transfer-corridor') {
    return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M1 13 Q8 1 15 13" fill="none" stroke=${rgb(ARC_SOURCE)} stroke-width="2"/><circle cx="15" cy="13" r="1.6" fill=${rgb(ARC_TARGET)} stroke=${rgb(ARC_SOURCE)} stroke-width="0.6"/></svg>`;
  }
  if (kind === 'flagship-corridor') {
    return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M1 11 L6 6 L10 9 L15 4" fill="none" stroke=${rgb(CORRIDOR_COLOR)} stroke-width="3" stroke-linecap="round"/></svg>`;
  }
  if (kind === 'partner-country') {
    return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><rect x="1.5" y="3" width="13" height="10" rx="1" fill=${rgb(CHOROPLETH[3])} stroke=${PALETTE.umber} stroke-width="0.8"/></svg>`;
  }
  return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><rect x="3" y="3" width="10" height="10" rx="2" fill="none" stroke=${PALETTE.agreement} stroke-width="1.5" stroke-dasharray="2 1.5"/></svg>`;
}
