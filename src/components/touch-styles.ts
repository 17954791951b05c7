import { css } from 'lit';

/**
 * Tap targets of at least 44 × 44 px where the pointer is a finger (WCAG 2.5.5; Apple's and Android's
 * guidance). Only for coarse pointers: with a mouse the compact sizes leave more of the map visible.
 */
export const touchStyles = css`
  @media (pointer: coarse) {
    .toolbar .tool, .errors button { min-height: 44px; min-width: 44px; }
    .panel .close { width: 44px; height: 44px; top: 2px; right: 2px; }
    .maplibregl-ctrl-group button { width: 44px; height: 44px; }
  }
`;
