import { LitElement, css, html } from 'lit';
import { inlineStyle } from './inline-style.ts';
import { KINDS, type Kind } from '../core/vocabulary.ts';
import { formatNumber } from '../core/i18n/format.ts';
import { KIND_LABELS, t } from '../core/i18n/strings.ts';
import { CHOROPLETH } from '../layers/palette.ts';
import type { Lang } from '../core/vocabulary.ts';
import { emitAction } from './emit.ts';
import { panelStyles } from './panel-styles.ts';
import { rgb, symbolIcon } from './symbol-icon.ts';

/**
 * Layer panel and legend in one: each kind's symbol, a switch, and how many records it shows under
 * the current filters.
 * @fires atlas-action - toggleKind
 */
export class AtlasLayers extends LitElement {
  static override properties = { lang: {}, present: { attribute: false }, visible: { attribute: false }, counts: { attribute: false } };
  declare lang: Lang;
  /** Kinds that occur in the dataset. */
  declare present: readonly Kind[];
  /** Kinds switched on. */
  declare visible: readonly Kind[];
  /** Records per kind under the other filters. */
  declare counts: Partial<Record<Kind, number>>;

  constructor() {
    super();
    this.lang = 'en';
    this.present = [];
    this.visible = [];
    this.counts = {};
  }

  static override styles = [
    panelStyles,
    css`
      li { display: flex; align-items: center; gap: 8px; }
      button.row { flex: 1; display: flex; align-items: center; gap: 8px; border: none; background: none; padding: 4px 2px; text-align: start; border-radius: 4px; }
      button.row[aria-pressed='false'] { opacity: 0.45; }
      button.row[aria-pressed='false'] .name { text-decoration: line-through; }
      .name { flex: 1; }
      .count { font-variant-numeric: tabular-nums; color: var(--atlas-ink-soft); min-width: 2.5em; text-align: end; }
      .switch { width: 28px; height: 16px; border-radius: 8px; background: var(--atlas-switch-off); position: relative; flex: none; }
      .switch::after { content: ''; position: absolute; top: 2px; left: 2px; width: 12px; height: 12px; border-radius: 50%; background: white; transition: left 0.15s; }
      button.row[aria-pressed='true'] .switch { background: var(--atlas-ink); }
      button.row[aria-pressed='true'] .switch::after { left: 14px; }
      .scale { display: flex; margin: 2px 0 0 26px; align-items: center; gap: 6px; font-size: 12px; color: var(--atlas-muted); }
      .scale span.sw { width: 16px; height: 9px; display: inline-block; }
    `,
  ];

  override render() {
    const l = this.lang;
    const kinds = KINDS.filter((k) => this.present.includes(k));
    return html`
      <h2 id="layers-h">${t('layers', l)}</h2>
      <ul aria-labelledby="layers-h">
        ${kinds.map((k) => {
          const on = this.visible.includes(k);
          const n = this.counts[k] ?? 0;
          return html`<li>
              <button class="row" aria-pressed=${on ? 'true' : 'false'} @click=${() => emitAction(this, { type: 'toggleKind', kind: k })}>
                ${symbolIcon(k)}<span class="name">${KIND_LABELS[k][l]}</span>
                <span class="count">${formatNumber(n, l)}</span><span class="switch" aria-hidden="true"></span>
              </button>
            </li>
            ${k === 'partner-country'
              ? html`<li class="scale" aria-hidden="true">
                  ${t('cooperationRecords', l)}: 1 ${CHOROPLETH.slice(1).map((c) => html`<span class="sw" style=${inlineStyle({ background: rgb(c) })}></span>`)} 7+
                </li>`
              : ''}`;
        })}
      </ul>
    `;
  }
}

customElements.define('atlas-layers', AtlasLayers);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-layers': AtlasLayers;
  }
}
