import type { CountryOption } from '../core/selectors.ts';
import { LitElement, css, html } from 'lit';
import { FIELDS, type Field } from '../core/vocabulary.ts';
import { FIELD_LABELS, REGION_LABELS, t, ty } from '../core/i18n/strings.ts';
import type { AppState } from '../state/app-state.ts';
import type { Region } from '../core/vocabulary.ts';
import type { Lang } from '../core/vocabulary.ts';
import { emitAction } from './emit.ts';
import { panelStyles } from './panel-styles.ts';

/**
 * Field, region, partner-country and year filters, whether undated records show, and the year player's
 * play button (the player itself is state: reduce.ts steps it, <atlas-year-player> shows the year and ticks).
 * @fires atlas-action - setFields, setRegions, setCountries, setYears, setUndated, play, stopPlay, resetFilters
 */
export class AtlasFilters extends LitElement {
  static override properties = {
    lang: {},
    state: { attribute: false },
    bounds: { attribute: false },
    regions: { attribute: false },
    countries: { attribute: false },
    fields: { attribute: false },
  };
  declare lang: Lang;
  declare state: AppState;
  /** Smallest and largest year in the dataset. */
  declare bounds: [number, number] | null;
  /** Regions and countries that occur in the dataset, for the selects. */
  declare regions: readonly Region[];
  declare countries: readonly CountryOption[];
  /** Fields that occur in the dataset. */
  declare fields: readonly Field[];

  constructor() {
    super();
    this.lang = 'en';
    this.bounds = null;
    this.regions = [];
    this.countries = [];
    this.fields = [];
  }

  static override styles = [
    panelStyles,
    css`
      fieldset { border: none; padding: 0; margin: 0 0 12px; }
      legend { font-size: 12px; font-weight: 700; color: var(--atlas-ink-soft); padding: 0; margin-bottom: 6px; }
      .chips { display: flex; flex-wrap: wrap; gap: 5px; }
      label { display: block; font-size: 12px; font-weight: 700; color: var(--atlas-ink-soft); margin-bottom: 3px; }
      select { width: 100%; padding: 5px 6px; border: 1px solid var(--atlas-control); border-radius: 4px; background: white; margin-bottom: 12px; }
      .years { display: grid; grid-template-columns: auto 1fr auto; gap: 4px 8px; align-items: center; }
      .years input[type='range'] { width: 100%; }
      .years output { font-variant-numeric: tabular-nums; min-width: 3em; }
      .row { display: flex; gap: 8px; align-items: center; margin-top: 6px; }
      .check { display: flex; gap: 6px; align-items: center; font-weight: 400; color: var(--atlas-ink); margin-top: 8px; }
      .check + .muted { margin: 4px 0 0; }
      .play { border: 1px solid var(--atlas-ink); background: var(--atlas-ink); color: white; border-radius: 4px; padding: 4px 12px; }
      .reset { border: 1px solid var(--atlas-control); background: white; border-radius: 4px; padding: 4px 10px; margin-top: 8px; }
    `,
  ];

  private get range(): [number, number] | null {
    if (!this.bounds) return null;
    return this.state.years ?? this.bounds;
  }

  private setYears(from: number, to: number): void {
    if (!this.bounds) return;
    const [lo, hi] = [Math.min(from, to), Math.max(from, to)];
    const whole = lo === this.bounds[0] && hi === this.bounds[1];
    emitAction(this, { type: 'setYears', years: whole ? null : [lo, hi] });
  }

  private toggleField(f: Field): void {
    const on = this.state.fields.includes(f);
    emitAction(this, { type: 'setFields', fields: on ? this.state.fields.filter((x) => x !== f) : [...this.state.fields, f] });
  }

  private togglePlay(): void {
    emitAction(this, { type: this.state.playing ? 'stopPlay' : 'play' });
  }

  override render() {
    const l = this.lang;
    const s = this.state;
    const range = this.range;
    const name = (c: CountryOption) => c[l];
    const sorted = [...this.countries].sort((a, b) => name(a).localeCompare(name(b), l === 'zh' ? 'zh-CN' : 'en'));
    return html`
      <h2>${t('filters', l)}</h2>
      <fieldset>
        <legend>${t('field', l)}</legend>
        <div class="chips">
          ${FIELDS.filter((f) => this.fields.includes(f)).map(
            (f) => html`<button class="chip" aria-pressed=${s.fields.includes(f) ? 'true' : 'false'} @click=${() => this.toggleField(f)}>${FIELD_LABELS[f][l]}</button>`,
          )}
        </div>
      </fieldset>
      <label for="region">${t('region', l)}</label>
      <select id="region" @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        emitAction(this, { type: 'setRegions', regions: v ? [v as Region] : [] });
      }}>
        <option value="" ?selected=${s.regions.length === 0}>${t('all', l)}</option>
        ${this.regions.map((r) => html`<option value=${r} ?selected=${s.regions[0] === r}>${REGION_LABELS[r][l]}</option>`)}
      </select>
      <label for="country">${t('partner', l)}</label>
      <select id="country" @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        emitAction(this, { type: 'setCountries', countries: v ? [v] : [] });
      }}>
        <option value="" ?selected=${s.countries.length === 0}>${t('all', l)}</option>
        ${sorted.map((c) => html`<option value=${c.a3} ?selected=${s.countries[0] === c.a3}>${name(c)}</option>`)}
      </select>
      ${range && this.bounds
        ? html`<fieldset>
            <legend>${t('years', l)}</legend>
            <div class="years">
              <label for="from">${t('from', l)}</label>
              <input id="from" type="range" min=${this.bounds[0]} max=${this.bounds[1]} step="1" .value=${String(range[0])}
                @input=${(e: Event) => this.setYears(Number((e.target as HTMLInputElement).value), range[1])} />
              <output for="from">${range[0]}</output>
              <label for="to">${t('to', l)}</label>
              <input id="to" type="range" min=${this.bounds[0]} max=${this.bounds[1]} step="1" .value=${String(range[1])}
                @input=${(e: Event) => this.setYears(range[0], Number((e.target as HTMLInputElement).value))} />
              <output for="to">${range[1]}</output>
            </div>
            <div class="row">
              <button class="play" aria-pressed=${s.playing ? 'true' : 'false'} @click=${this.togglePlay}>${s.playing ? `❚❚ ${t('pause', l)}` : `▶ ${t('play', l)}`}</button>
            </div>
            <label class="check"><input type="checkbox" .checked=${s.playing ? s.playing.undated : s.undated} ?disabled=${Boolean(s.playing)}
              @change=${(e: Event) => emitAction(this, { type: 'setUndated', undated: (e.target as HTMLInputElement).checked })} />${ty('showUndated', l)}</label>
            <p class="muted">${s.playing ? ty('undatedOff', l) : t('undatedNote', l)}</p>
          </fieldset>`
        : ''}
      <button class="reset" @click=${() => emitAction(this, { type: 'resetFilters' })}>${t('reset', l)}</button>
    `;
  }
}

customElements.define('atlas-filters', AtlasFilters);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-filters': AtlasFilters;
  }
}
