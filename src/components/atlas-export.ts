import type { ExportRequest } from '../controllers/export-controller.ts';
import { LitElement, css, html } from 'lit';
import { t, tp } from '../core/i18n/strings.ts';
import { tb } from '../core/i18n/briefing-strings.ts';
import type { Frame } from '../map/compose-image.ts';
import type { Lang } from '../core/vocabulary.ts';
import { offlineCopy } from './offline-copy.ts';
import { panelStyles } from './panel-styles.ts';

/**
 * Image and data export choices. Asks the root to do the work (it owns the map and the records).
 * @fires atlas-export - {what, frame, scale}
 */
export class AtlasExport extends LitElement {
  static override properties = { lang: {}, credit: {}, busy: { type: Boolean }, message: {}, mapless: { type: Boolean }, frame: { state: true }, scale: { state: true }, titles: { state: true } };
  declare lang: Lang;
  /** The boundary line (source and view) every export carries. */
  declare credit: string;
  declare busy: boolean;
  /** A note from the last export (e.g. the canvas was capped). */
  declare message: string;
  /** No map (no WebGL): images and slides cannot be made, data downloads still can. */
  declare mapless: boolean;
  declare frame: Frame;
  declare scale: 1 | 2;
  /** The reader's edits of the image title, per language (the field shows the default until edited). */
  declare titles: Partial<Record<Lang, string>>;

  constructor() {
    super();
    this.lang = 'en';
    this.credit = '';
    this.busy = false;
    this.message = '';
    this.mapless = false;
    this.frame = '16:9';
    this.scale = 1;
    this.titles = {};
  }

  static override styles = [
    panelStyles,
    css`
      fieldset { border: none; padding: 0; margin: 0 0 10px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
      legend { font-size: 12px; font-weight: 700; color: var(--atlas-ink-soft); padding: 0; margin-bottom: 6px; width: 100%; }
      .action { display: block; width: 100%; margin: 6px 0; padding: 7px 10px; border-radius: 6px; border: 1px solid var(--atlas-ink); background: var(--atlas-ink); color: white; text-align: start; }
      .action.secondary { background: white; color: var(--atlas-ink); }
      .action:disabled { opacity: 0.5; }
      label.title { display: block; font-size: 12px; font-weight: 700; color: var(--atlas-ink-soft); margin-bottom: 10px; }
      label.title input { display: block; box-sizing: border-box; width: 100%; margin-top: 4px; padding: 5px 8px; font-weight: 400; font-size: 13px;
        border: 1px solid var(--atlas-input); border-radius: 6px; color: var(--atlas-ink); }
      .note { margin-top: 8px; padding: 6px 8px; background: var(--atlas-caution-back); border-left: 3px solid var(--atlas-caution); }
    `,
  ];

  private request(what: ExportRequest['what']): void {
    // Only an edited title is sent: unedited, each export keeps its own (a slide's title, the story's on its card).
    const edited = this.titles[this.lang]?.trim();
    const detail: ExportRequest = { what, frame: this.frame, scale: this.scale, ...(edited && edited !== t('title', this.lang) ? { title: edited } : {}) };
    this.dispatchEvent(new CustomEvent<ExportRequest>('atlas-export', { detail, bubbles: true, composed: false }));
  }

  /** Frame, scale, PNG and slides: all drawn from the map canvas. */
  private renderImageOptions() {
    const l = this.lang;
    const frames: [Frame, string][] = [['screen', tp('frameScreen', l)], ['16:9', '16:9'], ['4:3', '4:3']];
    return html`
      <label class="title">${tb('exportTitle', l)}
        <input type="text" maxlength="120" .value=${this.titles[l] ?? t('title', l)} placeholder=${t('title', l)} title=${tb('exportTitleNote', l)}
          @input=${(e: Event) => (this.titles = { ...this.titles, [l]: (e.target as HTMLInputElement).value })} />
      </label>
      <fieldset>
        <legend>${tp('frame', l)}</legend>
        ${frames.map(([f, label]) => html`<button class="chip" aria-pressed=${this.frame === f ? 'true' : 'false'} @click=${() => (this.frame = f)}>${label}</button>`)}
      </fieldset>
      <fieldset>
        <legend>${tp('scale', l)}</legend>
        ${([1, 2] as const).map((sc) => html`<button class="chip" aria-pressed=${this.scale === sc ? 'true' : 'false'} @click=${() => (this.scale = sc)}>${sc}×</button>`)}
      </fieldset>
      <button class="action" ?disabled=${this.busy} @click=${() => this.request('png')}>${tp('downloadPng', l)}</button>
      <button class="action secondary" ?disabled=${this.busy} @click=${() => this.request('slides')}>${tp('exportSlides', l)}</button>
      <button class="action secondary" ?disabled=${this.busy} @click=${() => this.request('deck')}>${tp('printDeck', l)}</button>
    `;
  }

  override render() {
    const l = this.lang;
    return html`
      <h2>${tp('exportPanel', l)}</h2>
      ${this.mapless ? html`<p class="note">${tp('imagesNeedMap', l)}</p>` : this.renderImageOptions()}
      <h3>${tp('downloadData', l)}</h3>
      <button class="action secondary" ?disabled=${this.busy} @click=${() => this.request('csv')}>CSV (Excel)</button>
      <button class="action secondary" ?disabled=${this.busy} @click=${() => this.request('geojson')}>GeoJSON</button>
      ${this.busy ? html`<p class="muted" role="status">${tp('working', l)}</p>` : ''}
      ${this.message ? html`<p class="note" role="status">${this.message}</p>` : ''}
      ${offlineCopy(l)}
      <p class="muted">${this.credit}</p>
    `;
  }
}

customElements.define('atlas-export', AtlasExport);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-export': AtlasExport;
  }
}
