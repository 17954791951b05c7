import { css } from 'lit';
import { paletteStyles } from './palette-styles.ts';
import { touchStyles } from './touch-styles.ts';

/**
 * Layout of <innovation-atlas>: map underneath, header + search top left, toolbar top right, one side
 * panel on each side; below 720 px the panels become bottom sheets. Everything lives in the shadow root,
 * so host-page selectors cannot reach it; `all: initial` on the host also stops inherited properties
 * (a page's font size, line height, letter spacing, text transform…) from leaking in. Page rules on the
 * element itself (size, border, margin) still win, as they should.
 */
export const atlasStyles = [paletteStyles, css`
  :host { all: initial; display: block; position: relative; height: var(--atlas-height, 480px); overflow: hidden; contain: content;
    font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", system-ui, sans-serif;
    color: var(--atlas-ink); background: var(--atlas-sea); box-sizing: border-box; font-size: 13px; line-height: 1.4; text-align: start; }
  /* Not "inherit": a page's "* { box-sizing: content-box }" reaches the host element itself. */
  *, *::before, *::after { box-sizing: border-box; }
  /*
   * Carries the embedding options (controls, theme, interactive) as classes; adds no box. It also sets the
   * type again: a page rule on the element itself ("* { font-size: 24px; line-height: 3 }") beats :host,
   * but not this, and everything inside inherits from here.
   */
  .frame { all: initial; display: contents; font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", system-ui, sans-serif;
    font-size: 13px; line-height: 1.4; color: var(--atlas-ink); text-align: start; }
  .map { position: absolute; inset: 0; z-index: 0; }
  .map canvas { display: block !important; }
  .card, header, .panel, .toolbar .tool { background: white; border-radius: 6px; box-shadow: 0 1px 3px rgb(0 0 0 / 0.18); }
  .top-left { position: absolute; top: 12px; left: 12px; width: min(340px, calc(100% - 24px)); display: grid; gap: 8px; z-index: 2; }
  header { padding: 9px 14px; }
  h1 { margin: 0; font-size: 18px; font-weight: 700; letter-spacing: 0.01em; }
  header p { margin: 2px 0 0; font-size: 12.5px; color: var(--atlas-ink-soft); }
  .toolbar { position: absolute; top: 12px; right: 12px; display: flex; gap: 6px; flex-wrap: wrap; justify-content: flex-end; z-index: 2; max-width: calc(100% - 380px); }
  .toolbar .tool.present { border-color: var(--atlas-accent); }
  .toolbar .tool { font: inherit; font-size: 13px; padding: 6px 11px; border: 1px solid var(--atlas-tool); color: var(--atlas-ink); cursor: pointer; }
  .toolbar .tool[aria-pressed='true'] { background: var(--atlas-ink); color: white; border-color: var(--atlas-ink); }
  button:focus-visible { outline: 3px solid var(--atlas-focus); outline-offset: 2px; }
  .panel { position: absolute; z-index: 3; padding: 12px 14px; overflow: auto; }
  .panel.left { top: 140px; left: 12px; width: min(340px, calc(100% - 24px)); max-height: calc(100% - 180px); }
  .panel.right { top: 56px; right: 12px; width: min(380px, calc(100% - 24px)); max-height: calc(100% - 96px); }
  /* The list's wide table (atlas-list[wide]): the whole width under the toolbar, over the map. */
  .panel.left:has(> atlas-list[wide]) { right: 12px; width: auto; height: calc(100% - 180px); box-sizing: border-box; display: flex; flex-direction: column; }
  /* The story editor writes both languages side by side: it needs the room of two columns (a phone's sheet is full width). */
  @media (min-width: 721px) { .panel.left[data-panel='story'] { width: min(580px, calc(100% - 24px)); } }
  .panel .close { position: absolute; top: 6px; right: 6px; width: 32px; height: 32px; border: none; background: none; font-size: 22px;
    line-height: 1; border-radius: 4px; cursor: pointer; color: var(--atlas-ink); z-index: 1; }
  .credit { position: absolute; left: 0; right: 0; bottom: 0; padding: 3px 12px; font-size: 12px; color: var(--atlas-credit);
    background: white; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; z-index: 1; }
  /* The worldview switch: as small as the credit it belongs to. */
  .credit select { font: inherit; color: inherit; margin-right: 6px; padding: 0 2px; border: 1px solid var(--atlas-control); border-radius: 3px; background: transparent; }
  .tooltip { position: absolute; pointer-events: none; transform: translate(12px, 12px); padding: 6px 9px; max-width: 280px; z-index: 4;
    background: var(--atlas-ink); color: white; font-size: 12.5px; border-radius: 4px; box-shadow: 0 2px 6px rgb(0 0 0 / 0.3); }
  .tooltip small { display: block; opacity: 0.85; font-size: 12px; }
  /* The picker of an opened country badge, beside it (its left/top are set from the badge's position). */
  .picker { position: absolute; z-index: 3; width: min(280px, calc(100% - 24px)); }
  /* A phone has no room beside the badge: the picker docks above the bottom toolbar, over the map. */
  @media (max-width: 720px) {
    .picker { left: 12px !important; right: 12px; top: auto !important; bottom: 70px; width: auto; transform: none !important; }
  }
  .status { position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%); padding: 10px 16px; background: white;
    border-radius: 6px; box-shadow: 0 1px 4px rgb(0 0 0 / 0.2); font-size: 14px; z-index: 5; }
  .status.nomap { top: 40%; left: auto; right: 24px; transform: none; max-width: min(420px, calc(100% - 400px)); font-size: 14px; line-height: 1.5; }
  /* Bottom left, clear of the zoom buttons on the right (80 px kept for them): the notice never covers a control. */
  .errors { position: absolute; bottom: 26px; left: 12px; max-width: min(420px, calc(100% - 80px)); font-size: 12.5px; z-index: 3;
    background: var(--atlas-notice-back); border: 1px solid var(--atlas-notice); border-radius: 6px; padding: 6px 10px; }
  .errors button { font: inherit; background: none; border: none; padding: 0; color: var(--atlas-notice-ink); cursor: pointer; text-decoration: underline; }
  .errors ul { margin: 6px 0 0; padding-left: 16px; max-height: 200px; overflow: auto; }
  .maplibregl-ctrl-bottom-right { bottom: 22px; }
  .frame.fixed .maplibregl-ctrl-bottom-right, .frame.controls-none .maplibregl-ctrl-bottom-right { display: none; }
  .frame.controls-minimal .panel.left { top: 60px; max-height: calc(100% - 100px); }
  .frame.controls-minimal .toolbar { max-width: calc(100% - 24px - min(340px, 100% - 24px)); }
  /* Dark theme: the map and the chrome around it; panels stay light cards for reading. */
  .frame.dark .map { background: var(--atlas-dark-map); }
  .frame.dark :is(header, .toolbar .tool) { background: var(--atlas-dark-map); color: var(--atlas-dark-ink); border-color: var(--atlas-dark-edge); }
  .frame.dark header p { color: var(--atlas-dark-ink-soft); }
  .frame.dark .toolbar .tool[aria-pressed='true'] { background: var(--atlas-dark-ink); color: var(--atlas-dark-map); border-color: var(--atlas-dark-ink); }
  .frame.dark .credit { background: var(--atlas-dark-map); color: var(--atlas-dark-ink-soft); }
  /* The legend on the map, bottom left above the footer; a side panel opens over it. */
  .legend { position: absolute; left: 12px; bottom: 26px; z-index: 2; max-height: calc(100% - 200px); overflow: auto; }
  :host([presenting]) .legend { left: auto; right: 24px; bottom: 84px; z-index: 7; }
  .print-map, .print-legend, .print-deck { display: none; }
  @media print {
    :host { height: auto; overflow: visible; contain: none; background: white; }
    .map, .toolbar, .panel, [role='search'], .tooltip, .picker, .status, .errors, atlas-presenter, .legend { display: none !important; }
    .frame { display: block; }
    .top-left { position: static; width: auto; display: block; }
    header { box-shadow: none; padding: 0 0 6px; }
    .print-map { display: block; }
    .print-map canvas { width: 100%; height: auto; display: block; }
    .print-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; padding: 6px 0 0; margin: 0; font-size: 10pt; }
    .print-legend li { display: flex; align-items: center; gap: 4px; }
    .print-legend .print-sources { flex-basis: 100%; color: var(--atlas-ink-soft); font-size: 9pt; }
    .credit { position: static; background: none; white-space: normal; padding: 2px 0; }
    /* A deck: only the slide images (each carries its own title, caption, legend and sources), one a page. */
    :host([data-print-deck]) :is(.top-left, .print-map, .print-legend, .credit) { display: none !important; }
    :host([data-print-deck]) .print-deck { display: block; }
    .print-deck img { display: block; width: 100%; height: auto; break-after: page; }
    .print-deck img:last-child { break-after: auto; }
  }
  /* Presentation theme: the story card and big type replace the exploration chrome. */
  atlas-presenter { position: absolute; inset: 0; z-index: 6; }
  :host([presenting]) :is(.top-left, .toolbar, .panel, .errors, .maplibregl-ctrl-bottom-right) { display: none; }
  :host([presenting]) .credit { background: transparent; }
  @media (max-width: 720px) {
    .top-left { width: calc(100% - 24px); }
    header { padding: 7px 10px; }
    h1 { font-size: 16px; }
    header p { font-size: 12px; }
    .toolbar { top: auto; bottom: 26px; left: 12px; right: 12px; max-width: none; justify-content: space-between; }
    .toolbar .tool { flex: 1; padding: 7px 4px; }
    /* Embedding is a desk task; on a phone the button would only crowd the toolbar. */
    .toolbar .tool[data-panel='embed'] { display: none; }
    /* Writing a story is too (a link with p=story still opens the editor as a sheet): one more button would wrap the toolbar under the legend. */
    .toolbar .tool[data-panel='story'] { display: none; }
    .panel.left, .panel.right { top: auto; left: 0; right: 0; bottom: 0; width: auto; max-height: 58%; border-radius: 12px 12px 0 0;
      box-shadow: 0 -2px 10px rgb(0 0 0 / 0.2); }
    .panel.right { z-index: 4; }
    .maplibregl-ctrl-bottom-right { bottom: 70px; }
    .errors { bottom: 70px; }
    .legend { bottom: 70px; max-width: calc(100% - 24px); }
    /* Presenting on a phone, the bottom half is the slide's words: the legend goes top left, by the exit button. */
    :host([presenting]) .legend { top: 16px; left: 12px; right: auto; bottom: auto; max-width: calc(100% - 170px); max-height: 40%; }
    .status.nomap { top: 140px; left: 12px; right: 12px; max-width: none; }
    .frame.controls-minimal .toolbar { max-width: none; justify-content: flex-end; }
    .frame.controls-minimal .toolbar .tool { flex: 0 0 auto; padding: 7px 12px; }
  }
`, touchStyles];
