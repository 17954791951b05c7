import { LitElement, css, html, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { POINT_KINDS, type Kind } from '../data/schema.ts';
import { KIND_LABELS, t } from '../i18n/strings.ts';
import { ARC_SOURCE, ARC_TARGET, CHOROPLETH, CORRIDOR_COLOR, POINT_STYLE, type RGBA } from '../layers/palette.ts';
import { SHAPE_POLYGONS } from '../layers/symbols.ts';
import type { Lang } from '../state/view.ts';

const rgb = (c: RGBA) => `rgb(${c[0]} ${c[1]} ${c[2]})`;

/**
 * Colour-and-shape key for what the map draws. Display only; no events.
 * @property lang - 'zh' | 'en'
 * @property kinds - kinds present in the dataset (absent ones are not listed)
 */
export class AtlasLegend extends LitElement {
  static override properties = { lang: {}, kinds: { attribute: false } };
  declare lang: Lang;
  declare kinds: readonly Kind[];

  constructor() {
    super();
    this.lang = 'en';
    this.kinds = [];
  }

  static override styles = css`
    :host { display: block; font-size: 12px; line-height: 1.35; color: #2a2a33; }
    h2 { font-size: 12px; font-weight: 600; margin: 0 0 6px; letter-spacing: 0.02em; color: #555; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 3px; }
    li { display: flex; align-items: center; gap: 7px; }
    li.block { display: block; }
    svg { flex: none; }
    .scale { display: flex; gap: 0; margin-top: 3px; }
    .scale span { width: 18px; height: 9px; }
    .scale-labels { display: flex; justify-content: space-between; width: 72px; font-size: 10px; color: #666; }
  `;

  private symbol(kind: (typeof POINT_KINDS)[number]) {
    const { color, shape } = POINT_STYLE[kind];
    const pts = SHAPE_POLYGONS[shape].map(([x, y]) => `${(x * 6 + 8).toFixed(2)},${(y * 6 + 8).toFixed(2)}`).join(' ');
    return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><polygon points=${pts} fill=${rgb(color)} stroke="white" stroke-width="1"/></svg>`;
  }

  override render() {
    const has = (k: Kind) => this.kinds.includes(k);
    const l = this.lang;
    return html`
      <h2>${t('legend', l)}</h2>
      <ul>
        ${POINT_KINDS.filter(has).map((k) => html`<li>${this.symbol(k)}<span>${KIND_LABELS[k][l]}</span></li>`)}
        ${has('transfer-corridor')
          ? html`<li>
              <svg width="16" height="16" aria-hidden="true"><defs><linearGradient id="g"><stop offset="0" stop-color=${rgb(ARC_SOURCE)}/><stop offset="1" stop-color=${rgb(ARC_TARGET)}/></linearGradient></defs><path d="M1 13 Q8 1 15 13" fill="none" stroke="url(#g)" stroke-width="2"/></svg>
              <span>${KIND_LABELS['transfer-corridor'][l]}</span>
            </li>`
          : ''}
        ${has('flagship-corridor')
          ? html`<li><svg width="16" height="16" aria-hidden="true"><path d="M1 11 L6 6 L10 9 L15 4" fill="none" stroke=${rgb(CORRIDOR_COLOR)} stroke-width="3" stroke-linecap="round"/></svg><span>${KIND_LABELS['flagship-corridor'][l]}</span></li>`
          : ''}
        ${has('partner-country')
          ? html`<li class="block">
              <span>${t('cooperationRecords', l)}</span>
              <div class="scale">${CHOROPLETH.slice(1).map((c) => html`<span style=${styleMap({ background: rgb(c) })}></span>`)}</div>
              <div class="scale-labels"><span>1</span><span>7+</span></div>
            </li>`
          : ''}
      </ul>
    `;
  }
}

customElements.define('atlas-legend', AtlasLegend);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-legend': AtlasLegend;
  }
}
