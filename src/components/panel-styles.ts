import { css } from 'lit';

/** Typography and controls shared by the panels, so they read as one product. */
export const panelStyles = css`
  :host { display: block; font-size: 13px; line-height: 1.45; color: var(--atlas-ink); }
  h2 { font-size: 15px; font-weight: 700; margin: 0 0 8px; }
  h3 { font-size: 12px; font-weight: 700; margin: 14px 0 6px; color: var(--atlas-ink-soft); letter-spacing: 0.02em; }
  p { margin: 0 0 8px; }
  ul { margin: 0; padding: 0; list-style: none; }
  button, select, input { font: inherit; color: inherit; }
  button { cursor: pointer; }
  .link { background: none; border: none; padding: 0; color: var(--atlas-link); text-decoration: underline; text-underline-offset: 2px; text-align: start; }
  .chip { border: 1px solid var(--atlas-control); background: white; border-radius: 999px; padding: 2px 10px; font-size: 12px; }
  .chip[aria-pressed='true'] { background: var(--atlas-ink); color: white; border-color: var(--atlas-ink); }
  .muted { color: var(--atlas-muted); font-size: 12px; }
  .close { position: absolute; top: 8px; right: 8px; width: 32px; height: 32px; border: none; background: none; font-size: 20px; line-height: 1; border-radius: 4px; }
  :is(button, select, input, a, [tabindex]):focus-visible { outline: 3px solid var(--atlas-focus); outline-offset: 2px; }
  a { color: var(--atlas-link); }
`;

/** Rows naming records (record-link.ts) and the country-level tag. */
export const recordLinkStyles = css`
  .record-link { display: flex; gap: 6px; align-items: flex-start; padding: 2px 0; }
  .record-link svg { flex: none; margin-top: 2px; }
  .precision-tag { display: inline-block; font-size: 12px; line-height: 1.3; color: var(--atlas-umber-ink); border: 1px dashed var(--atlas-umber); border-radius: 3px; padding: 0 4px; margin-left: 4px; white-space: nowrap; }
`;
