import { LitElement, html, type PropertyValues } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { AtlasRecord } from '../core/record.ts';
import { FIELD_LABELS, KIND_LABELS, t } from '../core/i18n/strings.ts';
import { CONFIDENCE_SHORT, LIST_COLUMN_LABELS, PRECISION_SHORT, tlist } from '../core/i18n/list-strings.ts';
import { countryName } from '../core/i18n/country-name.ts';
import { COMPACT_COLUMNS, LIST_COLUMNS, sortList, type ListColumn } from '../core/list-sort.ts';
import type { Lang } from '../core/vocabulary.ts';
import { emitAction } from './emit.ts';
import { inlineStyle } from './inline-style.ts';
import { listStyles } from './list-styles.ts';
import { panelStyles, recordLinkStyles } from './panel-styles.ts';
import { countryLevelTag, placedToCountry } from './record-link.ts';
import { symbolIcon } from './symbol-icon.ts';

/** Each column's share of the row (CSS grid tracks): compact ones fit 340 px, wide ones the whole width. */
const TRACKS: Record<'compact' | 'wide', Partial<Record<ListColumn, string>>> = {
  compact: { name: 'minmax(6em, 1fr)', kind: '4.6em', countries: 'minmax(5.5em, 7em)', year: '4.2em' },
  wide: {
    name: 'minmax(14em, 2.6fr)',
    kind: 'minmax(9em, 1.2fr)',
    field: 'minmax(7em, 1fr)',
    countries: 'minmax(8em, 1.6fr)',
    year: '4.6em',
    confidence: 'minmax(6em, 0.8fr)',
    precision: 'minmax(6em, 0.8fr)',
  },
};

/** Rows moved by PageUp / PageDown. */
const PAGE = 10;

/**
 * The filtered records as a table: sortable by any column, keyboard operable, sharing the map's selection;
 * how screen-reader users and analysts read the data. Only the rows in view are in the DOM (a virtualiser),
 * so a dataset of 17,000 records opens and filters in a frame or two; the table says how many rows it has
 * (`aria-rowcount`) and each row its place (`aria-rowindex`). A switch widens it to the whole element
 * with every column (the host's `wide` attribute: the shell's stylesheet gives the panel the width); Esc
 * or the switch brings back the compact panel.
 * @fires atlas-action - select
 */
export class AtlasList extends LitElement {
  static override properties = {
    lang: {},
    records: { attribute: false },
    all: { attribute: false },
    selected: {},
    wide: { type: Boolean, reflect: true },
    sortKey: { state: true },
    descending: { state: true },
    active: { state: true },
  };
  declare lang: Lang;
  declare records: readonly AtlasRecord[];
  /** The whole dataset `records` are filtered from: names are ranked for sorting once per dataset. */
  declare all: readonly AtlasRecord[] | null;
  declare selected: string | null;
  declare wide: boolean;
  declare sortKey: ListColumn;
  declare descending: boolean;
  /** The row whose name button is the table's one tab stop (roving tabindex). */
  declare active: number;
  private memo: { key: unknown[]; rows: AtlasRecord[] } | null = null;

  constructor() {
    super();
    this.lang = 'en';
    this.records = [];
    this.all = null;
    this.selected = null;
    this.wide = false;
    this.sortKey = 'kind';
    this.descending = false;
    this.active = 0;
    // Esc in the wide table goes back to the compact panel; the shell leaves a handled Esc alone.
    this.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !this.wide || e.defaultPrevented) return;
      e.preventDefault();
      this.setWide(false);
    });
  }

  static override styles = [panelStyles, recordLinkStyles, listStyles];

  /** The rows in order, sorted again only when the records, the column, the direction or the language change. */
  get rows(): AtlasRecord[] {
    const key = [this.records, this.all, this.sortKey, this.descending, this.lang];
    if (!this.memo || this.memo.key.some((k, i) => k !== key[i])) {
      this.memo = { key, rows: sortList(this.records, { column: this.sortKey, descending: this.descending }, this.lang, this.all ?? this.records) };
    }
    return this.memo.rows;
  }

  /** Ids of every row in order, shown or not (the DOM holds only those in view). */
  get rowIds(): string[] {
    return this.rows.map((r) => r.properties.id);
  }

  get columns(): readonly ListColumn[] {
    return this.wide ? LIST_COLUMNS : COMPACT_COLUMNS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('records') && this.active >= this.records.length) this.active = Math.max(0, this.records.length - 1);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A record chosen elsewhere (the map, search, a link) is brought into view here too.
    if (!changed.has('selected') || !this.selected) return;
    const index = this.rows.findIndex((r) => r.properties.id === this.selected);
    if (index < 0) return;
    this.active = index;
    if (!this.renderRoot.querySelector(`.row[data-index="${index}"]`)) this.virtualizer()?.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  private virtualizer() {
    const body = this.renderRoot.querySelector('.tbody') as (HTMLElement & { [virtualizerRef]?: { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined } }) | null;
    return body?.[virtualizerRef];
  }

  private sortBy(key: ListColumn): void {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = false;
    }
  }

  /** Focus stays where it was: on the switch, or on the row the reader had reached (Esc). */
  private setWide(wide: boolean): void {
    this.wide = wide;
  }

  /** Moves the tab stop to row `i`, scrolls it into view (rendering it if it was not) and focuses its name. */
  private async focusRow(i: number): Promise<void> {
    const n = this.rows.length;
    if (!n) return;
    const index = Math.min(Math.max(0, i), n - 1);
    this.active = index;
    const wrap = this.renderRoot.querySelector<HTMLElement>('.wrap');
    const bring = () => {
      // The ends exactly; a row between by the virtualiser, which knows where rows it has not drawn will be.
      if (index === 0 && wrap) wrap.scrollTop = 0;
      else if (index === n - 1 && wrap) wrap.scrollTop = wrap.scrollHeight;
      else this.virtualizer()?.element(index)?.scrollIntoView({ block: 'nearest' });
    };
    bring();
    // The virtualiser draws the row in a later frame, once it has scrolled there; its estimate of where
    // undrawn rows are improves as it measures, so it is asked again until the row is there. It may also
    // redraw the row once it has measured it: focus is checked for two frames running.
    const until = performance.now() + 4000;
    let steady = 0;
    for (let f = 0; steady < 2 && performance.now() < until; f++) {
      await this.updateComplete;
      if (this.active !== index) return; // another key came first
      const b = this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${index}"] button.name`);
      if (b && this.shadowRoot?.activeElement === b) steady++;
      else if (b) {
        steady = 0;
        b.focus({ preventScroll: true });
        b.scrollIntoView({ block: 'nearest' });
      } else if (f % 4 === 3) bring();
      await new Promise((r) => requestAnimationFrame(r));
    }
  }

  private onKey(e: KeyboardEvent): void {
    const row = (e.target as HTMLElement).closest<HTMLElement>('.tbody .row');
    if (!row) return;
    const i = Number(row.dataset.index);
    const to: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, PageDown: i + PAGE, PageUp: i - PAGE, Home: 0, End: this.rows.length - 1 };
    if (!(e.key in to)) return;
    e.preventDefault();
    void this.focusRow(to[e.key]);
  }

  private header(key: ListColumn) {
    const sort = this.sortKey === key ? (this.descending ? 'descending' : 'ascending') : 'none';
    return html`<div role="columnheader" aria-sort=${sort} data-col=${key}>
      <button @click=${() => this.sortBy(key)}>${LIST_COLUMN_LABELS[key][this.lang]}${sort === 'none' ? '' : sort === 'ascending' ? ' ▲' : ' ▼'}</button>
    </div>`;
  }

  private cell(r: AtlasRecord, col: ListColumn, index: number) {
    const p = r.properties;
    const l = this.lang;
    switch (col) {
      case 'name':
        return html`<div role="cell" class="c-name"><button class="link name" tabindex=${index === this.active ? 0 : -1}
          @focus=${() => (this.active = index)} @click=${() => emitAction(this, { type: 'select', id: p.id })}>${p.name[l]}</button>${placedToCountry(r) ? countryLevelTag(l) : ''}</div>`;
      case 'kind':
        // Compact: the map's symbol alone, its name for screen readers; wide: both.
        return html`<div role="cell" class="kind">${symbolIcon(p.kind)}<span class=${this.wide ? '' : 'vh'}>${KIND_LABELS[p.kind][l]}</span></div>`;
      case 'field':
        return html`<div role="cell">${p.fields.map((f) => FIELD_LABELS[f][l]).join(l === 'zh' ? '、' : ', ')}</div>`;
      case 'countries': {
        const names = p.countries.slice(0, 5).map((c) => countryName(c, l));
        return html`<div role="cell" class="countries">${names.join(l === 'zh' ? '、' : ', ')}${p.countries.length > 5 ? '…' : ''}</div>`;
      }
      case 'year':
        return html`<div role="cell" class="year">${p.date?.slice(0, 4) ?? ''}</div>`;
      case 'confidence':
        return html`<div role="cell">${CONFIDENCE_SHORT[p.confidence][l]}</div>`;
      case 'precision':
        return html`<div role="cell">${PRECISION_SHORT[p.precision][l]}</div>`;
    }
  }

  private row(r: AtlasRecord, index: number) {
    const id = r.properties.id;
    return html`<div role="row" class="row" aria-rowindex=${index + 2} aria-current=${id === this.selected ? 'true' : 'false'} data-id=${id} data-index=${index}>
      ${this.columns.map((c) => this.cell(r, c, index))}
    </div>`;
  }

  override render() {
    const l = this.lang;
    const rows = this.rows;
    const cols = this.columns;
    const tracks = TRACKS[this.wide ? 'wide' : 'compact'];
    return html`
      <div class="top">
        <h2 id="title">${t('list', l)} <span class="muted">(${rows.length})</span></h2>
        <button class="toggle" aria-pressed=${this.wide ? 'true' : 'false'} title=${tlist('wideHint', l)} @click=${() => this.setWide(!this.wide)}>${tlist('wide', l)}</button>
      </div>
      <p class="caption" id="caption">${t('listCaption', l)}</p>
      <div class="wrap" @keydown=${this.onKey}>
        <div role="table" aria-labelledby="title" aria-describedby="caption" aria-rowcount=${rows.length + 1} aria-colcount=${cols.length}
          style=${inlineStyle({ '--cols': cols.map((c) => tracks[c]).join(' ') })}>
          <div role="rowgroup" class="thead"><div role="row" class="row" aria-rowindex="1">${cols.map((c) => this.header(c))}</div></div>
          <div role="rowgroup" class="tbody">
            ${virtualize({ items: rows, keyFunction: (r: AtlasRecord) => r.properties.id, renderItem: (r: AtlasRecord, i: number) => this.row(r, i), layout: flow() })}
          </div>
        </div>
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
