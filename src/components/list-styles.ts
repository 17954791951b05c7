import { css } from 'lit';

/**
 * The list's table, built of rows with ARIA table roles (a virtualiser positions rows itself, which a
 * native <table> does not allow): every row one CSS grid over the same columns (`--cols`), so the header
 * and the rows line up. Chinese names keep whole words together (`keep-all`) and break inside a word only
 * when it would not fit, so a country's name never stands one character to a line.
 */
export const listStyles = css`
  .top { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; margin-right: 34px; }
  .top h2 { margin: 0; }
  .toggle { margin-left: auto; border: 1px solid var(--atlas-control); background: white; border-radius: 4px; padding: 3px 8px; font-size: 12px; white-space: nowrap; }
  .toggle[aria-pressed='true'] { background: var(--atlas-ink); color: white; border-color: var(--atlas-ink); }
  .caption { font-size: 12px; color: var(--atlas-ink-soft); margin: 6px 0; }
  .wrap { overflow: auto; max-height: var(--list-max-height, 60vh); scroll-padding-top: 34px; overscroll-behavior: contain; }
  /* Wide: the list fills the panel the shell sizes (innovation-atlas.styles.ts), the rows scroll inside. */
  :host([wide]) { display: flex; flex-direction: column; flex: 1; min-height: 0; }
  :host([wide]) .wrap { flex: 1; max-height: none; min-height: 80px; }
  [role='table'] { font-size: 12.5px; min-width: 100%; }
  :host([wide]) [role='table'] { min-width: 880px; }
  .row { display: grid; grid-template-columns: var(--cols); width: 100%; box-sizing: border-box; }
  .thead { position: sticky; top: 0; z-index: 1; background: var(--atlas-table-head); }
  [role='columnheader'] { font-weight: 700; min-width: 0; }
  [role='columnheader'] button { border: none; background: none; width: 100%; height: 100%; text-align: start; padding: 5px 6px; font-weight: 700; white-space: nowrap; }
  .tbody .row { border-top: 1px solid var(--atlas-rule); }
  [role='cell'] { padding: 4px 6px; min-width: 0; word-break: keep-all; overflow-wrap: anywhere; }
  .row[aria-current='true'] { background: var(--atlas-selected); }
  .kind { white-space: nowrap; }
  .kind svg { vertical-align: -3px; margin-right: 4px; }
  .year { font-variant-numeric: tabular-nums; }
  .name { text-align: start; }
  [role='cell'] .precision-tag { display: table; margin: 2px 0 0; }
  .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
