import { LitElement, css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { langAttr } from '../core/i18n/lang-of.ts';
import { inlineStyle } from './inline-style.ts';
import type { AtlasRecord } from '../core/record.ts';
import { calloutText } from '../core/callout.ts';
import { tp } from '../core/i18n/strings.ts';
import { tb } from '../core/i18n/briefing-strings.ts';
import { OPEN_PRESENTER_VIEW } from '../core/presenter-link.ts';
import type { Story } from '../story/schema.ts';
import type { Lang } from '../core/vocabulary.ts';
import { emitAction } from './emit.ts';
import type { SeriesPoint } from '../core/systems.ts';
import { seriesSvg } from './series-chart.ts';
import { formatNumber } from '../core/i18n/format.ts';

/**
 * The briefing view of a story: slide title and caption in large type, figure call-outs whose numbers
 * and sources come from the dataset records (never from story text), a slide counter, progress, and
 * previous/next/exit buttons. Keys are handled by the root (clickers send them to the page).
 * @fires atlas-action - goToSlide, closeStory, select
 * @fires atlas-open-presenter-view - the "Presenter view" button (shown when `remote`)
 */
export class AtlasPresenter extends LitElement {
  static override properties = { lang: {}, story: { attribute: false }, index: { type: Number }, byId: { attribute: false }, series: { attribute: false }, remote: { type: Boolean, reflect: true } };
  declare lang: Lang;
  /** Offer the presenter view (a second window of the app page); only the full-page app has one to open. */
  declare remote: boolean;
  declare story: Story | null;
  declare index: number;
  declare byId: ReadonlyMap<string, AtlasRecord>;
  /** Every figure series of the dataset (the shell's memoised selector), for call-outs that ask for a chart. */
  declare series: ReadonlyMap<string, readonly SeriesPoint[]>;

  constructor() {
    super();
    this.lang = 'en';
    this.story = null;
    this.index = 0;
    this.byId = new Map();
    this.series = new Map();
    this.remote = false;
  }

  static override styles = css`
    :host { display: block; pointer-events: none; font-size: 16px; color: var(--atlas-ink-strong); }
    .card, .callouts > *, .controls { pointer-events: auto; }
    .card:focus { outline: none; }
    .card { position: absolute; left: 24px; bottom: 64px; width: min(560px, calc(100% - 48px)); background: white;
      border-radius: 10px; box-shadow: 0 2px 12px rgb(0 0 0 / 0.22); padding: 20px 24px 18px; }
    .kicker { font-size: 13px; letter-spacing: 0.04em; color: var(--atlas-muted); margin-bottom: 6px; }
    h2 { margin: 0 0 10px; font-size: clamp(22px, 3vw, 34px); line-height: 1.2; }
    p { margin: 0; font-size: clamp(15px, 1.5vw, 20px); line-height: 1.5; }
    .progress { position: absolute; left: 0; right: 0; bottom: 0; height: 5px; background: rgb(0 0 0 / 0.08); }
    .progress span { display: block; height: 100%; background: var(--atlas-accent); transition: width 0.3s; }
    .controls { position: absolute; right: 24px; bottom: 24px; display: flex; gap: 8px; align-items: center; }
    .controls button { font: inherit; font-size: 15px; min-width: 44px; height: 44px; border-radius: 8px; border: 1px solid var(--atlas-presenter-control);
      background: white; color: var(--atlas-ink-strong); cursor: pointer; padding: 0 14px; }
    .controls button:disabled { opacity: 0.4; cursor: default; }
    .counter { font-variant-numeric: tabular-nums; background: white; padding: 6px 12px; border-radius: 8px; font-size: 15px; }
    .top { position: absolute; top: 16px; right: 16px; display: flex; gap: 8px; pointer-events: auto; }
    .top button { font: inherit; font-size: 14px; border-radius: 8px; border: 1px solid var(--atlas-presenter-control); background: white;
      color: var(--atlas-ink-strong); padding: 8px 14px; cursor: pointer; }
    .callouts { position: absolute; top: 16px; left: 24px; display: flex; gap: 10px; flex-wrap: wrap; max-width: calc(100% - 200px); }
    /* Clear of the two buttons at the top right. */
    :host([remote]) .callouts { max-width: calc(100% - 420px); }
    .callout { background: white; border-radius: 10px; box-shadow: 0 2px 10px rgb(0 0 0 / 0.2); padding: 12px 16px;
      max-width: 260px; border-top: 4px solid var(--atlas-accent); text-align: start; font: inherit; cursor: pointer; border-left: none; border-right: none; border-bottom: none; }
    .value { display: block; font-size: clamp(20px, 2.2vw, 30px); font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.15; }
    .label { display: block; font-size: 15px; margin: 4px 0; }
    .src { display: block; font-size: 12px; color: var(--atlas-muted); }
    .callout.charted { max-width: 320px; }
    svg.series { display: block; width: 100%; height: auto; margin: 6px 0 2px; }
    svg.series text { font-size: 12px; fill: var(--atlas-ink-soft); }
    svg.series text.v { font-weight: 700; fill: var(--atlas-ink); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    button:focus-visible { outline: 3px solid var(--atlas-focus); outline-offset: 2px; }
    /* On a wide screen the words are placed piece by piece (call-outs top left, caption bottom left). */
    .words { display: contents; }
    @media (max-width: 720px) {
      /* A phone is no presenter's desk (P still opens the view). */
      .presenter-view { display: none; }
      /*
       * On a phone the call-outs and caption share one sheet at the bottom, at most half the screen: the map
       * keeps the top half for the slide's subject (the camera fits it there, frame.ts), instead of peeking
       * between a call-out column and a card. The call-outs become a row that scrolls sideways, the caption
       * scrolls inside its card.
       */
      .words { display: flex; flex-direction: column; gap: 8px; position: absolute; left: 12px; right: 12px; bottom: 76px; max-height: calc(50% - 40px); }
      .callouts, :host([remote]) .callouts { position: static; flex: none; flex-wrap: nowrap; overflow-x: auto; max-width: none; padding: 2px 2px 6px; }
      .callouts:empty { display: none; }
      .callout { padding: 8px 10px; flex: none; max-width: 220px; }
      .callout.charted { max-width: 220px; }
      /* The number, its label and source stay; the chart would take the map's room (its points stay readable, visually hidden). */
      svg.series { display: none; }
      .card { position: static; width: auto; min-height: 0; overflow: auto; padding: 14px 16px; }
      .controls { right: 12px; left: 12px; bottom: 16px; justify-content: space-between; }
    }
  `;

  /** The caption card's and call-outs' boxes relative to `origin` (the atlas's rect): the map keeps them clear. */
  cardBoxes(origin: { left: number; top: number }): { left: number; top: number; right: number; bottom: number }[] {
    // Each call-out by itself (their row's box spans the width they may wrap into, not what they cover); on a
    // phone the one sheet that holds them and the caption (its call-outs scroll sideways out of view).
    const words = this.renderRoot.querySelector('.words');
    const sheet = words && getComputedStyle(words).display !== 'contents';
    return [...(sheet ? [words] : this.renderRoot.querySelectorAll('.card, .callouts > *'))].map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
    }).filter((b) => b.right > b.left && b.bottom > b.top);
  }

  /** Puts focus on the slide so keys (space included) drive the story, not whatever button was pressed. */
  async focusSlide(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
  }

  private callout(recordId: string, figureIndex: number | undefined, chart: boolean | undefined) {
    const c = calloutText(this.byId.get(recordId), figureIndex, this.lang, chart ? this.series : undefined);
    if (!c) return '';
    const l = this.lang;
    return html`<button class="callout ${c.chart.length ? 'charted' : ''}" @click=${() => emitAction(this, { type: 'select', id: recordId })}>
      <span class="value">${c.value}</span>
      <span class="label">${c.label}</span>
      ${c.chart.length
        ? html`${seriesSvg(c.chart, l)}<span class="visually-hidden">${c.chart.map((p) => `${p.year}: ${formatNumber(p.value, l)}`).join(l === 'zh' ? '；' : '; ')}</span>`
        : ''}
      <span class="src">${c.asOf ? `${c.asOf} · ` : ''}<span lang=${ifDefined(langAttr(c.source, this.lang))}>${c.source}</span></span>
    </button>`;
  }

  override render() {
    const s = this.story;
    if (!s) return html``;
    const l = this.lang;
    const n = s.slides.length;
    const i = Math.min(Math.max(0, this.index), n - 1);
    const slide = s.slides[i];
    return html`
      <div class="top">
        ${this.remote
          ? html`<button class="presenter-view" title=${tb('openPresenterView', l)}
              @click=${() => this.dispatchEvent(new Event(OPEN_PRESENTER_VIEW, { bubbles: true }))}>${tb('presenterView', l)} (P)</button>`
          : ''}
        <button class="exit" @click=${() => emitAction(this, { type: 'closeStory' })}>${tp('exitStory', l)} (Esc)</button>
      </div>
      <div class="words">
        <div class="callouts">${(slide.callouts ?? []).map((c) => this.callout(c.record, c.figure, c.chart))}</div>
        <section class="card" tabindex="-1" aria-live="polite" aria-roledescription="slide" aria-label=${tp('slide', l, { n: i + 1, total: n })}>
          <div class="kicker">${s.title[l]}</div>
          <h2 id="slide-title">${slide.title[l]}</h2>
          <p>${slide.caption[l]}</p>
        </section>
      </div>
      <div class="controls">
        <button aria-label=${tp('previous', l)} ?disabled=${i === 0} @click=${() => emitAction(this, { type: 'goToSlide', slide: i - 1 })}>←</button>
        <span class="counter" aria-live="polite">${tp('slide', l, { n: i + 1, total: n })}</span>
        <button aria-label=${tp('next', l)} ?disabled=${i === n - 1} @click=${() => emitAction(this, { type: 'goToSlide', slide: i + 1 })}>→</button>
      </div>
      <div class="progress" aria-hidden="true"><span style=${inlineStyle({ width: `${((i + 1) / n) * 100}%` })}></span></div>
    `;
  }
}

customElements.define('atlas-presenter', AtlasPresenter);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-presenter': AtlasPresenter;
  }
}
