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
    :host { position: absolute; z-index: 2; right: 12px; bottom: 40px; pointer-events: none; }
    .card { pointer-events: auto; display: grid; justify-items: end; gap: 2px; padding: 8px 12px 10px; border-radius: 6px;
      background: white; color: var(--atlas-ink); box-shadow: 0 1px 3px rgb(0 0 0 / 0.18); max-width: 240px; }
    .label { font-size: 12px; color: var(--atlas-ink-soft); }
    .year { font-size: 56px; line-height: 1; font-weight: 700; font-variant-numeric: tabular-nums; letter-spacing: -0.01em; }
    .note { margin: 2px 0 4px; font-size: 12px; line-height: 1.35; color: var(--atlas-ink-soft); text-align: right; }
    button { font: inherit; font-size: 13px; padding: 4px 12px; border: 1px solid var(--atlas-ink); border-radius: 4px; background: var(--atlas-ink); color: white; cursor: pointer; min-height: 32px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    @media (max-width: 600px) {
      :host { right: 8px; top: 64px; bottom: auto; }
      .card { max-width: 180px; padding: 6px 10px 8px; }
      .year { font-size: 40px; }
      button { min-height: 44px; }
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
