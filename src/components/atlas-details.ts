import { LitElement, css, html } from 'lit';
import type { Source } from '../core/record.ts';
import type { AtlasRecord } from '../core/record.ts';
import { formatDateRange, formatFigureValue, formatFuzzyDate } from '../core/i18n/format.ts';
import { CONFIDENCE_LABELS, FIELD_LABELS, KIND_LABELS, PRECISION_LABELS, STATUS_LABELS, t } from '../core/i18n/strings.ts';
import type { Lang } from '../core/vocabulary.ts';
import { countryName } from '../core/i18n/country-name.ts';
import { emitAction } from './emit.ts';
import { panelStyles } from './panel-styles.ts';
import { symbolIcon } from './symbol-icon.ts';

export { countryName };

/**
 * Everything known about one record, with where it was said: summary, partners, institutions, dates,
 * figures with as-of dates, confidence and location precision in plain words, every source, and
 * related records.
 * @fires atlas-action - select, openCountry
 */
export class AtlasDetails extends LitElement {
  static override properties = { lang: {}, record: { attribute: false }, related: { attribute: false } };
  declare lang: Lang;
  declare record: AtlasRecord | null;
  declare related: readonly AtlasRecord[];

  constructor() {
    super();
    this.lang = 'en';
    this.record = null;
    this.related = [];
  }

  static override styles = [
    panelStyles,
    css`
      .kind { display: flex; align-items: center; gap: 6px; font-size: 12px; color: #4a4a55; margin-bottom: 4px; padding-right: 36px; }
      h2 { padding-right: 36px; font-size: 17px; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 10px; margin: 10px 0; }
      dt { font-weight: 700; color: #4a4a55; font-size: 12px; }
      dd { margin: 0; }
      .figures li { padding: 6px 0; border-top: 1px solid #e3e3e8; }
      .value { font-size: 16px; font-weight: 700; font-variant-numeric: tabular-nums; }
      .sources li { padding: 5px 0; border-top: 1px solid #e3e3e8; overflow-wrap: anywhere; }
      .inferred { background: #fff3d6; border-left: 3px solid #c98a00; padding: 6px 8px; margin: 8px 0; }
      .related li { padding: 2px 0; display: flex; gap: 6px; align-items: center; }
      .inline-list { display: flex; flex-wrap: wrap; gap: 4px 10px; }
    `,
  ];

  private source(s: Source) {
    const l = this.lang;
    const meta = [s.publisher, s.date ? formatFuzzyDate(s.date, l) : ''].filter(Boolean).join(' · ');
    return html`<li>
      ${s.url
        ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>`
        : html`<span>${t('seedText', l)}${l === 'zh' ? '：' : ': '}${s.title}</span> <span class="muted">(${s.seed})</span>`}
      ${meta ? html`<div class="muted">${meta}</div>` : ''}
      ${s.locator ? html`<div class="muted">${s.locator}</div>` : ''}
    </li>`;
  }

  override render() {
    const r = this.record;
    if (!r) return html``;
    const p = r.properties;
    const l = this.lang;
    return html`
      <div class="kind">${symbolIcon(p.kind)}<span>${KIND_LABELS[p.kind][l]}</span></div>
      <h2 id="details-title">${p.name[l]}</h2>
      ${p.confidence === 'inferred' ? html`<p class="inferred">${CONFIDENCE_LABELS.inferred[l]}</p>` : ''}
      <p>${p.summary[l]}</p>
      <dl>
        ${p.date ? html`<dt>${t('date', l)}</dt><dd>${formatDateRange(p.date, p.endDate, l)}</dd>` : ''}
        ${p.city ? html`<dt>${t('place', l)}</dt><dd>${p.city[l]}</dd>` : ''}
        ${p.countries.length
          ? html`<dt>${t('partners', l)}</dt>
              <dd class="inline-list">${p.countries.map((c) => html`<button class="link" @click=${() => emitAction(this, { type: 'openCountry', a3: c })}>${countryName(c, l)}</button>`)}</dd>`
          : ''}
        ${p.fields.length ? html`<dt>${t('field', l)}</dt><dd>${p.fields.map((f) => FIELD_LABELS[f][l]).join(l === 'zh' ? '、' : ', ')}</dd>` : ''}
        ${p.status ? html`<dt>${t('status', l)}</dt><dd>${STATUS_LABELS[p.status]?.[l] ?? p.status}</dd>` : ''}
        <dt>${t('confidence', l)}</dt><dd>${CONFIDENCE_LABELS[p.confidence][l]}</dd>
        <dt>${t('precision', l)}</dt><dd>${PRECISION_LABELS[p.precision][l]}</dd>
      </dl>
      ${p.institutions.length
        ? html`<h3>${t('institutions', l)}</h3>
            <ul>${p.institutions.map((i) => html`<li>${i.name[l]} <span class="muted">(${countryName(i.country, l)}, ${i.role === 'host' ? t('host', l) : t('partnerRole', l)})</span></li>`)}</ul>`
        : ''}
      ${p.figures.length
        ? html`<h3>${t('figuresHeading', l)}</h3>
            <ul class="figures">
              ${p.figures.map(
                (f) => html`<li>
                  <span class="value">${formatFigureValue(f, l)}</span> ${f.label[l]}
                  <div class="muted">${f.asOf ? `${t('asOf', l)} ${formatFuzzyDate(f.asOf, l)} · ` : ''}${p.sources[f.source]?.title ?? ''} · “${f.asWritten}”</div>
                </li>`,
              )}
            </ul>`
        : ''}
      <h3>${t('sources', l)}</h3>
      <ul class="sources">${p.sources.map((s) => this.source(s))}</ul>
      ${this.related.length
        ? html`<h3>${t('related', l)}</h3>
            <ul class="related">
              ${this.related.map((x) => html`<li>${symbolIcon(x.properties.kind)}<button class="link" @click=${() => emitAction(this, { type: 'select', id: x.properties.id })}>${x.properties.name[l]}</button></li>`)}
            </ul>`
        : ''}
    `;
  }
}

customElements.define('atlas-details', AtlasDetails);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-details': AtlasDetails;
  }
}
