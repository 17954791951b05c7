import { LitElement, css, html } from 'lit';
import type { AtlasRecord } from '../core/record.ts';
import { KIND_LABELS, t } from '../core/i18n/strings.ts';
import type { Lang } from '../core/vocabulary.ts';
import { countryName } from './atlas-details.ts';
import { emitAction } from './emit.ts';
import { panelStyles, recordLinkStyles } from './panel-styles.ts';
import { countryLevelTag, placedToCountry } from './record-link.ts';
import { symbolIcon } from './symbol-icon.ts';

type SortKey = 'name' | 'kind' | 'countries' | 'year';

/**
 * The filtered records as a table: sortable, keyboard operable, sharing the map's selection. This is
 * how screen-reader users and analysts read the data.
 * @fires atlas-action - select
 */
export class AtlasList extends LitElement {
  static override properties = {
    lang: {},
    records: { attribute: false },
    selected: {},
    sortKey: { state: true },
    descending: { state: true },
  };
  declare lang: Lang;
  declare records: readonly AtlasRecord[];
  declare selected: string | null;
  declare sortKey: SortKey;
  declare descending: boolean;

  constructor() {
    super();
    this.lang = 'en';
    this.records = [];
    this.selected = null;
    this.sortKey = 'kind';
    this.descending = false;
  }

  static override styles = [
    panelStyles,
    recordLinkStyles,
    css`
      .wrap { overflow: auto; max-height: var(--list-max-height, 60vh); }
      table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
      caption { text-align: start; font-size: 12px; color: var(--atlas-ink-soft); padding-bottom: 6px; }
      th { position: sticky; top: 0; background: var(--atlas-table-head); text-align: start; padding: 0; font-weight: 700; }
      th button { border: none; background: none; width: 100%; text-align: start; padding: 5px 6px; font-weight: 700; }
      td { border-top: 1px solid var(--atlas-rule); padding: 4px 6px; vertical-align: top; }
      tr[aria-current='true'] td { background: var(--atlas-selected); }
      td.kind { white-space: nowrap; }
      td.kind svg { vertical-align: -3px; margin-right: 4px; }
      .name { text-align: start; }
      td .precision-tag { display: table; margin: 2px 0 0; }
    `,
  ];

  private sortValue(r: AtlasRecord): string {
    const p = r.properties;
    switch (this.sortKey) {
      case 'name':
        return p.name[this.lang];
      case 'kind':
        return `${KIND_LABELS[p.kind][this.lang]}\u0000${p.name[this.lang]}`;
      case 'countries':
        return p.countries.map((c) => countryName(c, this.lang)).join(',');
      case 'year':
        return p.date ?? '9999';
    }
  }

  private get sorted(): AtlasRecord[] {
    const collator = new Intl.Collator(this.lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
    const out = [...this.records].sort((a, b) => collator.compare(this.sortValue(a), this.sortValue(b)));
    return this.descending ? out.reverse() : out;
  }

  private sortBy(key: SortKey): void {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = false;
    }
  }

  private header(key: SortKey, label: string) {
    const sort = this.sortKey === key ? (this.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" aria-sort=${sort}>
      <button @click=${() => this.sortBy(key)}>${label}${sort === 'none' ? '' : sort === 'ascending' ? ' ▲' : ' ▼'}</button>
    </th>`;
  }

  override render() {
    const l = this.lang;
    return html`
      <h2>${t('list', l)} <span class="muted">(${this.records.length})</span></h2>
      <div class="wrap">
        <table>
          <caption>${t('listCaption', l)}</caption>
          <thead>
            <tr>${this.header('name', t('name', l))}${this.header('kind', t('kind', l))}${this.header('countries', t('countries', l))}${this.header('year', t('year', l))}</tr>
          </thead>
          <tbody>
            ${this.sorted.map((r) => {
              const p = r.properties;
              return html`<tr aria-current=${p.id === this.selected ? 'true' : 'false'} data-id=${p.id}>
                <td><button class="link name" @click=${() => emitAction(this, { type: 'select', id: p.id })}>${p.name[l]}</button>${placedToCountry(r) ? countryLevelTag(l) : ''}</td>
                <td class="kind">${symbolIcon(p.kind)}${KIND_LABELS[p.kind][l]}</td>
                <td>${p.countries.slice(0, 5).map((c) => countryName(c, l)).join(l === 'zh' ? '、' : ', ')}${p.countries.length > 5 ? '…' : ''}</td>
                <td>${p.date?.slice(0, 4) ?? ''}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }
}

customElements.define('atlas-list', AtlasList);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-list': AtlasList;
  }
}
