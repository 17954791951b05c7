import { LitElement, css, html, type PropertyValues } from 'lit';
import countries from '../core/countries.json';
import type { SearchHit } from '../core/search.ts';
import { KIND_LABELS, t } from '../core/i18n/strings.ts';
import type { Lang } from '../core/vocabulary.ts';
import { emitAction } from './emit.ts';
import { panelStyles } from './panel-styles.ts';
import { symbolIcon } from './symbol-icon.ts';

const names = countries as Record<string, { zh: string; en: string }>;

/**
 * One search box for both languages (ARIA combobox): results list kind and countries; arrow keys move,
 * Enter chooses, Escape closes. Choosing selects the record.
 * @fires atlas-action - select
 * @fires atlas-search-wanted - on first focus or input while `search` is null (the host builds it then)
 */
export class AtlasSearch extends LitElement {
  static override properties = {
    lang: {},
    search: { attribute: false },
    query: { state: true },
    active: { state: true },
    open: { state: true },
  };
  declare lang: Lang;
  declare search: ((q: string, limit?: number) => SearchHit[]) | null;
  declare query: string;
  declare active: number;
  declare open: boolean;

  constructor() {
    super();
    this.lang = 'en';
    this.search = null;
    this.query = '';
    this.active = -1;
    this.open = false;
  }

  static override styles = [
    panelStyles,
    css`
      :host { position: relative; }
      input { width: 100%; box-sizing: border-box; padding: 7px 10px; border: 1px solid var(--atlas-input); border-radius: 6px; background: white; font-size: 14px; }
      ul { position: absolute; z-index: 5; left: 0; right: 0; top: calc(100% + 4px); background: white; border-radius: 6px;
        box-shadow: 0 4px 14px rgb(0 0 0 / 0.2); max-height: min(360px, 60vh); overflow: auto; }
      li { display: flex; gap: 8px; align-items: flex-start; padding: 7px 10px; cursor: pointer; }
      li[aria-selected='true'] { background: var(--atlas-selected); }
      li svg { margin-top: 2px; flex: none; }
      .hit-name { font-weight: 600; }
      .hit-meta { display: block; font-size: 12px; color: var(--atlas-muted); }
      .none { padding: 8px 10px; color: var(--atlas-muted); }
    `,
  ];

  /** Enter was pressed before the search was ready: choose the top hit when it arrives. */
  private pendingEnter = false;

  /** Asks the atlas to build the search (it does so on first use); nothing to do once it is here. */
  private want(): void {
    if (!this.search) this.dispatchEvent(new CustomEvent('atlas-search-wanted', { bubbles: true, composed: true }));
  }

  private get hits(): SearchHit[] {
    return this.search && this.query.trim() ? this.search(this.query, 8) : [];
  }

  private choose(hit: SearchHit | undefined): void {
    if (!hit) return;
    this.open = false;
    this.active = -1;
    this.query = hit.name[this.lang];
    emitAction(this, { type: 'select', id: hit.id });
  }

  private onKey(e: KeyboardEvent): void {
    const hits = this.hits;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      this.open = true;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + hits.length) % hits.length;
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // A quick typist can press Enter while the search still loads (it is built on first use).
      if (!this.search && this.query.trim()) this.pendingEnter = true;
      else this.choose(hits[this.active >= 0 ? this.active : 0]);
    } else if (e.key === 'Escape') {
      if (this.open) this.open = false;
      else this.query = '';
      this.active = -1;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('search') && this.search && this.pendingEnter) {
      this.pendingEnter = false;
      this.choose(this.hits[0]);
    }
  }

  override render() {
    const l = this.lang;
    const hits = this.open ? this.hits : [];
    const showList = this.open && this.query.trim().length > 0;
    return html`
      <input
        type="search"
        role="combobox"
        aria-label=${t('search', l)}
        aria-autocomplete="list"
        aria-expanded=${showList ? 'true' : 'false'}
        aria-controls="results"
        aria-activedescendant=${this.active >= 0 && showList ? `hit-${this.active}` : ''}
        placeholder=${t('searchPlaceholder', l)}
        autocomplete="off"
        .value=${this.query}
        @focus=${this.want}
        @input=${(e: Event) => {
          this.want();
          this.pendingEnter = false;
          this.query = (e.target as HTMLInputElement).value;
          this.open = true;
          this.active = -1;
        }}
        @keydown=${this.onKey}
        @blur=${() =>
          // Late enough for a click on a result to land; only if focus has not come back meanwhile.
          setTimeout(() => {
            if (!this.matches(':focus-within')) this.open = false;
          }, 150)}
      />
      ${showList
        ? html`<ul id="results" role="listbox" aria-label=${t('search', l)}>
            ${hits.length
              ? hits.map(
                  (h, i) => html`<li id=${`hit-${i}`} role="option" aria-selected=${i === this.active ? 'true' : 'false'}
                      @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(h)}>
                      ${symbolIcon(h.kind)}
                      <span><span class="hit-name">${h.name[l]}</span>
                        <span class="hit-meta">${KIND_LABELS[h.kind][l]}${h.countries.length ? ' · ' : ''}${h.countries
                          .slice(0, 4)
                          .map((c) => names[c]?.[l] ?? c)
                          .join(l === 'zh' ? '、' : ', ')}${h.countries.length > 4 ? '…' : ''}</span></span>
                    </li>`,
                )
              : html`<li class="none" role="option" aria-disabled="true" aria-selected="false">${t(this.search ? 'noResults' : 'searchLoading', l)}</li>`}
          </ul>`
        : ''}
    `;
  }
}

customElements.define('atlas-search', AtlasSearch);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-search': AtlasSearch;
  }
}
