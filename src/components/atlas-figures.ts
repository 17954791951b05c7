import { LitElement, css, html } from 'lit';
import type { AtlasRecord } from '../core/record.ts';
import { formatFigureValue, formatFuzzyDate } from '../core/i18n/format.ts';
import { t } from '../core/i18n/strings.ts';
import type { Lang } from '../core/vocabulary.ts';
import { emitAction } from './emit.ts';
import { panelStyles } from './panel-styles.ts';

/**
 * "The Innovation Road in numbers": headline figures with their sources and dates. Figures that
 * disagree (linked through `related`) stand side by side; none is picked over another.
 * @fires atlas-action - select
 */
export class AtlasFigures extends LitElement {
  static override properties = { lang: {}, groups: { attribute: false } };
  declare lang: Lang;
  declare groups: readonly (readonly AtlasRecord[])[];

  constructor() {
    super();
    this.lang = 'en';
    this.groups = [];
  }

  static override styles = [
    panelStyles,
    css`
      .group { margin: 10px 0; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 6px; }
      .group.conflict { border-left: 3px solid #c98a00; padding-left: 8px; }
      .conflict-note { font-size: 11.5px; color: #7a4a00; margin-bottom: 4px; }
      button.card { text-align: start; background: white; border: 1px solid #d3d6db; border-radius: 6px; padding: 8px; display: block; width: 100%; }
      button.card:hover { border-color: #23232d; }
      .value { display: block; font-size: 18px; font-weight: 700; font-variant-numeric: tabular-nums; }
      .label { display: block; margin: 2px 0 4px; }
      .src { display: block; font-size: 11px; color: #5b5b66; }
    `,
  ];

  private card(r: AtlasRecord) {
    const l = this.lang;
    const p = r.properties;
    const f = p.figures[0];
    const src = f ? p.sources[f.source] : p.sources[0];
    return html`<button class="card" @click=${() => emitAction(this, { type: 'select', id: p.id })}>
      <span class="value">${f ? formatFigureValue(f, l) : ''}</span>
      <span class="label">${f ? f.label[l] : p.name[l]}</span>
      <span class="src">${f?.asOf ? `${t('asOf', l)} ${formatFuzzyDate(f.asOf, l)} · ` : ''}${src?.title ?? ''}${src?.locator ? ` · ${src.locator}` : ''}</span>
    </button>`;
  }

  override render() {
    const l = this.lang;
    return html`
      <h2>${t('figuresTitle', l)}</h2>
      <p class="muted">${t('figuresNote', l)}</p>
      ${this.groups.map(
        (g) => html`<section class="group ${g.length > 1 ? 'conflict' : ''}" aria-label=${g[0].properties.name[l]}>
          ${g.length > 1 ? html`<div class="conflict-note">${g[0].properties.name[l]}</div>` : ''}
          <div class="cards">${g.map((r) => this.card(r))}</div>
        </section>`,
      )}
    `;
  }
}

customElements.define('atlas-figures', AtlasFigures);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-figures': AtlasFigures;
  }
}
