import { LitElement, css, html, type PropertyValues } from 'lit';
import { formatNumber } from '../core/i18n/format.ts';
import { KIND_LABELS, t, tr } from '../core/i18n/strings.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { Lang } from '../core/vocabulary.ts';
import { emitAction } from './emit.ts';
import { panelStyles, recordLinkStyles } from './panel-styles.ts';
import { recordLink } from './record-link.ts';

/**
 * The records of an opened place group (a country badge: records whose place the sources give only to the
 * country), each a button that selects it. The map fans the same records out round the badge; this list is
 * the way to them by keyboard and screen reader. Focus moves into it when it opens.
 * @fires atlas-action - select, openGroup (null: close)
 */
export class AtlasPicker extends LitElement {
  static override properties = { lang: {}, heading: {}, site: { type: Boolean }, records: { attribute: false }, selected: {} };
  declare lang: Lang;
  /** The country's name, or a general heading when the group names none. */
  declare heading: string;
  /** A stack of records at one site (else a country's records placed only to it). */
  declare site: boolean;
  declare records: readonly AtlasRecord[];
  declare selected: string | null;

  constructor() {
    super();
    this.lang = 'en';
    this.heading = '';
    this.site = false;
    this.records = [];
    this.selected = null;
  }

  static override styles = [
    panelStyles,
    recordLinkStyles,
    css`
      :host { background: white; border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); padding: 10px 12px; position: relative; }
      h2 { padding-right: 30px; margin-bottom: 2px; }
      .kind { display: block; font-size: 12px; color: var(--atlas-muted); }
      li[aria-current='true'] button { font-weight: 700; }
      ul { max-height: 240px; overflow: auto; margin-top: 6px; }
    `,
  ];

  protected override firstUpdated(_: PropertyValues<this>): void {
    // Opened from the map: the keyboard continues in the list.
    this.renderRoot.querySelector<HTMLButtonElement>('li button')?.focus({ preventScroll: true });
  }

  override render() {
    const l = this.lang;
    const n = this.records.length;
    return html`
      <button class="close" aria-label=${t('close', l)} @click=${() => emitAction(this, { type: 'openGroup', id: null })}>×</button>
      <h2 id="picker-title">${this.heading}</h2>
      <p class="muted">${this.site ? tr('stackCount', l, { n: formatNumber(n, l) }) : n === 1 ? tr('groupCountOne', l) : tr('groupCount', l, { n: formatNumber(n, l) })}</p>
      <ul aria-labelledby="picker-title">
        ${this.records.map((r) => recordLink(this, r, l, { after: html`<span class="kind">${KIND_LABELS[r.properties.kind][l]}</span>`, current: r.properties.id === this.selected }))}
      </ul>
    `;
  }
}

customElements.define('atlas-picker', AtlasPicker);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-picker': AtlasPicker;
  }
}
