import { LitElement, css, html } from 'lit';
import { ty } from '../core/i18n/strings.ts';
import type { Lang } from '../core/vocabulary.ts';
import { PlayerController } from '../controllers/player-controller.ts';
import { emitAction } from './emit.ts';

/**
 * The year player on the map while it plays: the year the map has reached, large, with the first year of the
 * range, a note that undated records are off until it stops, and a stop button. Screen readers hear each
 * year once, politely. Rendered only while playing (loaded on the first play); its clock asks for each step.
 * @fires atlas-action - playStep (each tick), stopPlay
 */
export class AtlasYearPlayer extends LitElement {
  static override properties = { lang: {}, years: { attribute: false } };
  declare lang: Lang;
  /** The range shown so far: [first year, the year reached]. */
  declare years: readonly [number, number] | null;

  constructor() {
    super();
    this.lang = 'en';
    this.years = null;
    new PlayerController(this, () => emitAction(this, { type: 'playStep' }));
  }

  static override styles = css`
    /* Bottom right, beside the zoom buttons and above the credit line: clear of the legend, toolbar and search. */
    :host { position: absolute; z-index: 2; right: 52px; bottom: 32px; pointer-events: none; }
    .card { pointer-events: auto; box-sizing: border-box; width: 220px; display: grid; justify-items: end; gap: 2px; padding: 8px 12px 10px;
      border-radius: 6px; background: white; color: var(--atlas-ink); box-shadow: 0 1px 3px rgb(0 0 0 / 0.18); }
    .label { font-size: 12px; color: var(--atlas-ink-soft); }
    .year { font-size: 56px; line-height: 1; font-weight: 700; font-variant-numeric: tabular-nums; }
    .note { margin: 2px 0 4px; font-size: 12px; line-height: 1.35; color: var(--atlas-ink-soft); text-align: right; }
    button { font: inherit; font-size: 13px; padding: 4px 12px; border: 1px solid var(--atlas-ink); border-radius: 4px; background: var(--atlas-ink); color: white; cursor: pointer; min-height: 32px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    /* On a phone the sheets take the bottom: one strip under the search box, year, note and stop side by side. */
    @media (max-width: 600px) {
      :host { left: 12px; right: 12px; top: 136px; bottom: auto; }
      .card { width: auto; grid-template-columns: auto 1fr auto; align-items: center; gap: 10px; padding: 6px 10px; }
      .label { display: none; }
      .year { font-size: 40px; }
      .note { margin: 0; text-align: left; }
      button { min-height: 44px; padding: 4px 10px; }
    }
  `;

  override render() {
    const l = this.lang;
    const [from, year] = this.years ?? [null, null];
    return html`<div class="card" role="group" aria-label=${ty('playing', l)} lang=${l === 'zh' ? 'zh-CN' : 'en'}>
      <span class="label">${ty('playing', l)}${from !== null && from !== year ? html` · ${ty('since', l, { year: from })}` : ''}</span>
      <span class="year" aria-hidden="true">${year ?? ''}</span>
      <span class="sr" role="status" aria-live="polite">${year !== null ? ty('upTo', l, { year }) : ''}</span>
      <p class="note">${ty('undatedOff', l)}</p>
      <button @click=${() => emitAction(this, { type: 'stopPlay' })}>■ ${ty('stop', l)}</button>
    </div>`;
  }
}

customElements.define('atlas-year-player', AtlasYearPlayer);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-year-player': AtlasYearPlayer;
  }
}
