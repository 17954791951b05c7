import { css } from 'lit';

/**
 * MapLibre's zoom buttons drawn without images. Its stylesheet paints their glyphs as data: URL SVGs, which
 * a host page's strict CSP blocks (atlas-map.ts strips them); a text glyph needs no image at all, keeps
 * the button's colour (dark theme, forced colours) and is as sharp at any zoom.
 */
export const mapControlStyles = css`
  .maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon,
  .maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon {
    display: flex; align-items: center; justify-content: center; font: 400 22px/1 system-ui, sans-serif; color: var(--atlas-ink);
  }
  .maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon::before { content: '+'; }
  .maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon::before { content: '\\2212'; }
  .maplibregl-ctrl button:disabled .maplibregl-ctrl-icon { opacity: 0.35; }
`;
