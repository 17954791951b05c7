import { LitElement, css, html, svg } from 'lit';
import { KINDS } from '../core/vocabulary.ts';
import type { countryProfile } from '../core/related.ts';
import { formatNumber } from '../core/i18n/format.ts';
import { KIND_LABELS, STATUS_LABELS, t, tr } from '../core/i18n/strings.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { Lang } from '../core/vocabulary.ts';
import { countryName } from './atlas-details.ts';
import { emitAction } from './emit.ts';
import { panelStyles, recordLinkStyles } from './panel-styles.ts';
import { countryLevelTag, placedToCountry, recordLink } from './record-link.ts';
import { symbolIcon } from './symbol-icon.ts';
import { PALETTE } from '../core/palette.ts';

export type CountryProfile = ReturnType<typeof countryProfile>;

/**
 * All cooperation with one country: by kind, over time, and its agreements where sourced.
 * @fires atlas-action - select
 */
export class AtlasCountry extends LitElement {
  static override properties = { lang: {}, a3: {}, profile: { attribute: false } };
  declare lang: Lang;
  declare a3: string;
  declare profile: CountryProfile | null;

  constructor() {
    super();
    this.lang = 'en';
    this.a3 = '';
    this.profile = null;
  }

  static override styles = [
    panelStyles,
    recordLinkStyles,
    css`
      h2 { padding-right: 36px; font-size: 17px; }
      .kindrow { display: flex; align-items: center; gap: 6px; margin-top: 10px; font-weight: 600; }
      .kindrow .n { margin-left: auto; font-variant-numeric: tabular-nums; color: var(--atlas-ink-soft); }
      .records li { padding: 2px 0 2px 22px; }
      .records .record-link { padding-left: 0; }
      svg.bars { width: 100%; height: 90px; display: block; }
      svg.bars text { font-size: 12px; fill: var(--atlas-ink-soft); }
    `,
  ];

  private bars(byYear: CountryProfile['byYear']) {
    if (!byYear.length) return '';
    const first = byYear[0].year;
    const last = byYear[byYear.length - 1].year;
    const n = last - first + 1;
    const max = Math.max(...byYear.map((b) => b.count));
    const w = 300 / n;
    const label = byYear.map((b) => `${b.year}: ${b.count}`).join(', ');
    return html`<svg class="bars" viewBox="0 0 300 90" role="img" aria-label=${`${t('overTime', this.lang)} — ${label}`}>
      ${byYear.map((b) => {
        const h = (b.count / max) * 60;
        const x = (b.year - first) * w;
        return svg`<rect x=${x + 1} y=${70 - h} width=${Math.max(1, w - 2)} height=${h} fill=${PALETTE.umber}></rect>
          <text x=${x + w / 2} y=${66 - h} text-anchor="middle">${b.count}</text>`;
      })}
      <text x="0" y="84">${first}</text><text x="300" y="84" text-anchor="end">${last}</text>
    </svg>`;
  }

  /**
   * Who hosts a record of this country from elsewhere (a lab serving it from a Chinese university), or that
   * its place is known only to the country. The host's name, not its city: whether the record's point is in
   * this country or at the host is not something the profile can tell.
   */
  private whereNote(r: AtlasRecord) {
    const l = this.lang;
    const host = r.properties.institutions.find((i) => i.role === 'host' && i.country !== this.a3);
    if (host) return html` <span class="muted">${tr('hostedBy', l, { name: host.name[l] })}</span>`;
    return placedToCountry(r) ? countryLevelTag(l) : '';
  }

  override render() {
    const p = this.profile;
    if (!p) return html``;
    const l = this.lang;
    const kinds = KINDS.filter((k) => k !== 'partner-country' && p.byKind[k]?.length);
    const total = kinds.reduce((s, k) => s + (p.byKind[k]?.length ?? 0), 0);
    return html`
      <div class="muted">${t('countryProfile', l)}</div>
      <h2>${countryName(this.a3, l)}</h2>
      ${p.partner
        ? html`<p>${p.partner.properties.summary[l]}</p>
            <button class="link" @click=${() => emitAction(this, { type: 'select', id: p.partner!.properties.id })}>${t('openDetails', l)}</button>`
        : ''}
      <h3>${t('agreementStatus', l)}</h3>
      ${p.agreements.length
        ? html`<ul>${p.agreements.map((a) => html`<li><button class="link" @click=${() => emitAction(this, { type: 'select', id: a.properties.id })}>${a.properties.name[l]}</button>${a.properties.status ? html` <span class="muted">(${STATUS_LABELS[a.properties.status]?.[l]})</span>` : ''}</li>`)}</ul>`
        : html`<p class="muted">${t('noAgreement', l)}</p>`}
      ${total === 0
        ? html`<p class="muted">${t('noCooperation', l)}</p>`
        : html`<h3>${t('overTime', l)}${p.undated ? html` <span class="muted">(+${formatNumber(p.undated, l)} ${t('undated', l)})</span>` : ''}</h3>
            ${this.bars(p.byYear)}
            <h3>${t('byKind', l)}</h3>
            ${kinds.map(
              (k) => html`<div class="kindrow">${symbolIcon(k)}<span>${KIND_LABELS[k][l]}</span><span class="n">${formatNumber(p.byKind[k]!.length, l)}</span></div>
                <ul class="records">
                  ${p.byKind[k]!.map((r) => recordLink(this, r, l, { after: this.whereNote(r) }))}
                </ul>`,
            )}`}
    `;
  }
}

customElements.define('atlas-country', AtlasCountry);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-country': AtlasCountry;
  }
}
