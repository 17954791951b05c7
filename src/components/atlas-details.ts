import { LitElement, css, html } from 'lit';
import { readerSource } from '../core/policy-texts.ts';
import type { Source } from '../core/record.ts';
import type { AtlasRecord } from '../core/record.ts';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDateRange, formatFigureValue, formatFuzzyDate, formatNumber } from '../core/i18n/format.ts';
import { langAttr } from '../core/i18n/lang-of.ts';
import { CONFIDENCE_LABELS, FIELD_LABELS, KIND_LABELS, PRECISION_LABELS, STATUS_LABELS, t, tr } from '../core/i18n/strings.ts';
import { LINKED_KINDS } from '../core/places.ts';
import type { Lang } from '../core/vocabulary.ts';
import { countryName } from '../core/i18n/country-name.ts';
import { emitAction } from './emit.ts';
import { panelStyles, recordLinkStyles } from './panel-styles.ts';
import { countryLevelTag, placedToCountry, recordLink } from './record-link.ts';
import { symbolIcon } from './symbol-icon.ts';

export { countryName };

/**
 * Everything known about one record, with where it was said: summary, partners, institutions, dates,
 * figures with as-of dates, confidence and location precision in plain words, every source, and
 * related records.
 * @fires atlas-action - select, openCountry
 */
export class AtlasDetails extends LitElement {
  static override properties = { lang: {}, record: { attribute: false }, related: { attribute: false }, members: { attribute: false }, memberOf: { attribute: false } };
  declare lang: Lang;
  declare record: AtlasRecord | null;
  declare related: readonly AtlasRecord[];
  /** Records that are members of this one (ANSO's member institutions, a programme's labs). */
  declare members: readonly AtlasRecord[];
  /** Records this one is a member of. */
  declare memberOf: readonly AtlasRecord[];

  constructor() {
    super();
    this.lang = 'en';
    this.record = null;
    this.related = [];
    this.members = [];
    this.memberOf = [];
  }

  static override styles = [
    panelStyles,
    recordLinkStyles,
    css`
      .kind { display: flex; align-items: center; gap: 6px; font-size: 12px; color: var(--atlas-ink-soft); margin-bottom: 4px; padding-right: 36px; }
      h2 { padding-right: 36px; font-size: 17px; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 10px; margin: 10px 0; }
      dt { font-weight: 700; color: var(--atlas-ink-soft); font-size: 12px; }
      dd { margin: 0; }
      .figures li { padding: 6px 0; border-top: 1px solid var(--atlas-rule); }
      .value { font-size: 16px; font-weight: 700; font-variant-numeric: tabular-nums; }
      .sources li { padding: 5px 0; border-top: 1px solid var(--atlas-rule); overflow-wrap: anywhere; }
      .inferred { background: var(--atlas-caution-back); border-left: 3px solid var(--atlas-caution); padding: 6px 8px; margin: 8px 0; }
      .related li { padding: 2px 0; display: flex; gap: 6px; align-items: center; }
      .inline-list { display: flex; flex-wrap: wrap; gap: 4px 10px; }
      .precision-note { background: var(--atlas-umber-back); border-left: 3px dashed var(--atlas-umber); padding: 6px 8px; margin: 8px 0; }
      .ends { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 8px 0; padding: 6px 8px; background: var(--atlas-ends-back); border-radius: 4px; }
      .ends dt { font-weight: 700; color: var(--atlas-ink); font-size: 13px; }
    `,
  ];

  private source(s: Source) {
    const l = this.lang;
    const r = readerSource(s, l);
    const meta = [r.publisher, r.date ? formatFuzzyDate(r.date, l) : ''].filter(Boolean).join(' · ');
    // A policy text is named by its title (translated, with the original beside it), never by the file it is stored in.
    const title = html`<span lang=${ifDefined(langAttr(r.title, l))}>${r.title}</span>`;
    return html`<li>
      ${r.url
        ? html`<a href=${r.url} target="_blank" rel="noopener noreferrer">${title}</a>`
        : html`<span>${t('seedText', l)}${l === 'zh' ? '：' : ': '}${title}</span>`}
      ${r.original ? html`<div class="muted">${t('originalTitle', l)}: <span lang=${ifDefined(langAttr(r.original, l))}>${r.original}</span></div>` : ''}
      ${meta ? html`<div class="muted" lang=${ifDefined(langAttr(meta, l))}>${meta}</div>` : ''}
      ${s.locator ? html`<div class="muted" lang=${ifDefined(langAttr(s.locator, l))}>${s.locator}</div>` : ''}
    </li>`;
  }

  /** The record's two ends: the partner countries it serves (each opens its profile) and its host. */
  private ends(r: AtlasRecord) {
    const p = r.properties;
    const l = this.lang;
    const sep = l === 'zh' ? '、' : ', ';
    const hosts = p.institutions.filter((i) => i.role === 'host').map((i) => i.name[l]);
    const partners = p.institutions.filter((i) => i.role === 'partner').map((i) => i.name[l]);
    return html`<dl class="ends">
      <dt>${tr('partnerEnd', l)}</dt>
      <dd>
        ${p.countries.map(
          (c, i) => html`${i ? sep : ''}<button class="link" @click=${() => emitAction(this, { type: 'openCountry', a3: c })}>${countryName(c, l)}</button>
            <span class="muted">${tr('countryWord', l)}</span>`,
        )}
        ${partners.length ? html`<div class="muted">${partners.join(sep)}</div>` : ''}
      </dd>
      ${hosts.length ? html`<dt>${tr('hostEnd', l)}</dt><dd>${hosts.join(sep)}</dd>` : ''}
    </dl>`;
  }

  /** "Member of: ANSO", each selectable. */
  private memberOfLine() {
    const l = this.lang;
    if (!this.memberOf.length) return '';
    return html`<p class="member-of">
      <strong>${tr('memberOf', l)}${l === 'zh' ? '：' : ': '}</strong>${this.memberOf.map(
        (m, i) => html`${i ? (l === 'zh' ? '、' : ', ') : ''}<button class="link" @click=${() => emitAction(this, { type: 'select', id: m.properties.id })}>${m.properties.name[l]}</button>`,
      )}
    </p>`;
  }

  /** A system's members: how many, how many the map names, and each (selectable, with its countries). */
  private membersList() {
    const l = this.lang;
    const sep = l === 'zh' ? '、' : ', ';
    const onMap = this.members.filter((m) => m.geometry).length;
    return html`${this.members.length
      ? html`<h3>${tr('members', l)} (${formatNumber(this.members.length, l)}) · ${tr('namedOnMap', l, { n: formatNumber(onMap, l) })}</h3>
          <ul class="members">
            ${this.members.map((m) =>
              recordLink(this, m, l, {
                after: html`${m.properties.countries.length ? html` <span class="muted">${m.properties.countries.map((c) => countryName(c, l)).join(sep)}</span>` : ''}${placedToCountry(m) ? countryLevelTag(l) : ''}`,
              }),
            )}
          </ul>`
      : ''}`;
  }

  override render() {
    const r = this.record;
    if (!r) return html``;
    const p = r.properties;
    const l = this.lang;
    // A lab, centre, park or organisation serving partner countries, or any record naming its host.
    const twoEnds = p.countries.length > 0 && (LINKED_KINDS.has(p.kind) || p.institutions.some((i) => i.role === 'host'));
    return html`
      <div class="kind">${symbolIcon(p.kind)}<span>${KIND_LABELS[p.kind][l]}</span></div>
      <h2 id="details-title">${p.name[l]}</h2>
      ${p.confidence === 'inferred' ? html`<p class="inferred">${CONFIDENCE_LABELS.inferred[l]}</p>` : ''}
      ${placedToCountry(r) ? html`<p class="precision-note"><strong>${PRECISION_LABELS.country[l]}</strong>${l === 'zh' ? '：' : ': '}${tr('countryLevelNote', l)}</p>` : ''}
      ${twoEnds ? this.ends(r) : ''}
      ${this.memberOfLine()}
      <p>${p.summary[l]}</p>
      <dl>
        ${p.date ? html`<dt>${t('date', l)}</dt><dd>${formatDateRange(p.date, p.endDate, l)}</dd>` : ''}
        ${p.city ? html`<dt>${t('place', l)}</dt><dd>${p.city[l]}${placedToCountry(r) ? countryLevelTag(l) : ''}</dd>` : ''}
        ${p.countries.length && !twoEnds
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
      ${this.membersList()}
      ${p.figures.length
        ? html`<h3>${t('figuresHeading', l)}</h3>
            <ul class="figures">
              ${p.figures.map(
                (f) => html`<li>
                  <span class="value">${formatFigureValue(f, l)}</span> ${f.label[l]}
                  <div class="muted">
                    ${f.asOf ? `${t('asOf', l)} ${formatFuzzyDate(f.asOf, l)} · ` : ''}<span lang=${ifDefined(langAttr(p.sources[f.source] ? readerSource(p.sources[f.source], l).title : '', l))}>${p.sources[f.source] ? readerSource(p.sources[f.source], l).title : ''}</span>
                    · “<span lang=${ifDefined(langAttr(f.asWritten, l))}>${f.asWritten}</span>”
                  </div>
                </li>`,
              )}
            </ul>`
        : ''}
      <h3>${t('sources', l)}</h3>
      <ul class="sources">${p.sources.map((s) => this.source(s))}</ul>
      ${this.related.length
        ? html`<h3>${t('related', l)}</h3>
            <ul class="related">
              ${this.related.map((x) => recordLink(this, x, l, { after: placedToCountry(x) ? countryLevelTag(l) : '' }))}
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
