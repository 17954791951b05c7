import { LitElement, css, html, svg } from 'lit';
import { tl } from '../core/i18n/strings.ts';
import type { LegendEntry } from '../core/legend.ts';
import type { Lang } from '../core/vocabulary.ts';
import { ARC_INFERRED, BADGE_FILL, BADGE_LINE, CHOROPLETH, CONTEXT_OPACITY, POINT_STYLE, SELECTED } from '../layers/palette.ts';
import { inlineStyle } from './inline-style.ts';
import { rgb, symbolIcon } from './symbol-icon.ts';

/** The small drawings of the entries that are not a kind's own symbol, as on the map. */
function entryIcon(e: LegendEntry) {
  switch (e.type) {
    case 'kind':
      return symbolIcon(e.kind);
    case 'inferred':
      return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M1 13 Q8 1 15 13" fill="none" stroke=${rgb(ARC_INFERRED)} stroke-opacity="0.45" stroke-width="1"/></svg>`;
    case 'badge':
      return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6.8" fill=${rgb(BADGE_FILL)} stroke=${rgb(BADGE_LINE)} stroke-width="1.2"/><text x="8" y="11.2" font-size="9" font-weight="700" text-anchor="middle" fill=${rgb(BADGE_LINE)}>3</text></svg>`;
    case 'stack':
      return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6.8" fill=${rgb(BADGE_LINE)} stroke=${rgb(BADGE_FILL)} stroke-width="1.2"/><text x="8" y="11.2" font-size="9" font-weight="700" text-anchor="middle" fill=${rgb(BADGE_FILL)}>6</text></svg>`;
    case 'ring':
      return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="none" stroke=${rgb(SELECTED)} stroke-width="2"/></svg>`;
    case 'context':
      return svg`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" opacity=${CONTEXT_OPACITY}><circle cx="8" cy="8" r="5.5" fill=${rgb(POINT_STYLE['joint-lab'].color)}/></svg>`;
    case 'ramp':
      return '';
  }
}

/**
 * The legend on the map: what each symbol, line, disc and colour on the map means, for the layers that
 * are on (`entries`, from core/legend.ts, the same list exported images draw). Collapsible; open unless the
 * element is phone-narrow. Whether it is open is this element's own view state (nothing else depends on it).
 */
export class AtlasLegend extends LitElement {
  static override properties = { lang: {}, entries: { attribute: false }, open: { type: Boolean, reflect: true } };
  declare lang: Lang;
  declare entries: readonly LegendEntry[];
  declare open: boolean;

  constructor() {
    super();
    this.lang = 'en';
    this.entries = [];
    this.open = typeof matchMedia === 'undefined' || !matchMedia('(max-width: 720px)').matches;
  }

  static override styles = css`
    :host { display: block; font-size: 12px; line-height: 1.35; color: var(--atlas-ink); background: white; border-radius: 6px;
      box-shadow: 0 1px 3px rgb(0 0 0 / 0.18); max-width: 260px; }
    :host(.dark) { background: var(--atlas-dark-map); color: var(--atlas-dark-ink); box-shadow: 0 0 0 1px var(--atlas-dark-edge); }
    button { font: inherit; font-weight: 700; font-size: 12.5px; color: inherit; background: none; border: none; padding: 6px 10px; cursor: pointer;
      display: flex; align-items: center; gap: 6px; width: 100%; text-align: start; border-radius: 6px; }
    button::after { content: ''; margin-inline-start: auto; border: 4px solid transparent; border-top-color: currentColor; transform: translateY(2px); }
    :host([open]) button::after { border-top-color: transparent; border-bottom-color: currentColor; transform: translateY(-2px); }
    button:focus-visible { outline: 3px solid var(--atlas-focus); outline-offset: 1px; }
    ul { list-style: none; margin: 0; padding: 0 10px 8px; display: grid; gap: 3px; }
    li { display: flex; align-items: center; gap: 6px; }
    li svg { flex: none; }
    /* The symbols are drawn for light land: on the dark card each sits on a small light chip. */
    :host(.dark) li svg { background: white; border-radius: 3px; }
    .ramp { display: grid; gap: 2px; margin-top: 2px; }
    .stops { display: flex; }
    .stops span { flex: 1; min-width: 34px; text-align: center; font-size: 12px; font-variant-numeric: tabular-nums; }
    .stops span.sw { height: 9px; }
  `;

  override render() {
    const l = this.lang;
    return html`<button aria-expanded=${this.open ? 'true' : 'false'} aria-controls="legend-list" aria-label=${tl(this.open ? 'hideLegend' : 'showLegend', l)}
        @click=${() => (this.open = !this.open)}>${tl('legend', l)}</button>
      ${this.open
        ? html`<ul id="legend-list" aria-label=${tl('legend', l)}>
            ${this.entries.map((e) =>
              e.type === 'ramp'
                ? html`<li class="ramp" data-entry="ramp">
                    <span>${e.label}</span>
                    <span class="stops" aria-hidden="true">${CHOROPLETH.slice(1).map((c) => html`<span class="sw" style=${inlineStyle({ background: rgb(c) })}></span>`)}</span>
                    <span class="stops">${e.stops.map((s) => html`<span>${s}</span>`)}</span>
                  </li>`
                : html`<li data-entry=${e.type === 'kind' ? e.kind : e.type}>${entryIcon(e)}<span>${e.label}</span></li>`,
            )}
          </ul>`
        : ''}`;
  }
}

if (!customElements.get('atlas-legend')) customElements.define('atlas-legend', AtlasLegend);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-legend': AtlasLegend;
  }
}
