import { LitElement, css, html } from 'lit';
import { tb } from '../core/i18n/briefing-strings.ts';
import { tp } from '../core/i18n/strings.ts';
import type { Lang } from '../core/vocabulary.ts';
import { PresenterRemoteController } from '../controllers/presenter-remote-controller.ts';
import { StopwatchController } from '../controllers/stopwatch-controller.ts';
import type { Slide } from '../story/schema.ts';
import { paletteStyles } from './palette-styles.ts';

/**
 * The presenter window (the app page opened with `#presenter=<session>`, see main.ts): the slide the
 * audience sees and the next one, in words; the speaker notes, which only this window shows; an elapsed
 * timer; and the controls. No map and no dataset: the audience window sends the story with each slide,
 * and moves when this window asks (presenter-remote-controller.ts).
 */
export class AtlasPresenterView extends LitElement {
  static override properties = { session: {}, lang: {} };
  declare session: string;
  /** The language until the audience window says which it shows. */
  declare lang: Lang;
  private readonly link = new PresenterRemoteController(this, () => this.session);
  private readonly clock = new StopwatchController(this);

  constructor() {
    super();
    this.session = '';
    this.lang = 'en';
  }

  static override styles = [
    paletteStyles,
    css`
      :host { display: grid; grid-template-rows: auto auto 1fr auto; gap: 16px; box-sizing: border-box; height: 100dvh; padding: 20px 28px;
        background: var(--atlas-table-head); color: var(--atlas-ink); font-size: 16px; line-height: 1.5;
        font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", system-ui, sans-serif; }
      header { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
      .story { flex: 1; font-size: 15px; color: var(--atlas-muted); letter-spacing: 0.02em; }
      .counter, .clock { font-variant-numeric: tabular-nums; font-weight: 700; }
      .counter { font-size: 20px; margin-inline-end: 12px; }
      .clock { font-size: 28px; min-width: 4.5ch; text-align: end; }
      .slides { display: grid; grid-template-columns: 3fr 2fr; gap: 16px; align-items: stretch; }
      section { background: white; border-radius: 10px; padding: 16px 20px; box-shadow: 0 1px 4px rgb(0 0 0 / 0.12); min-height: 0; }
      .now { border-top: 5px solid var(--atlas-accent); }
      .label { margin: 0 0 6px; font-size: 13px; font-weight: 700; letter-spacing: 0.04em; color: var(--atlas-ink-soft); }
      h1 { margin: 0 0 8px; font-size: 30px; line-height: 1.25; color: var(--atlas-ink-strong); }
      h2 { margin: 0 0 6px; font-size: 21px; line-height: 1.3; color: var(--atlas-ink-soft); }
      p { margin: 0; }
      .now p { font-size: 18px; }
      .next p { font-size: 15px; color: var(--atlas-muted); }
      .notes { overflow: auto; }
      .notes .text { font-size: 24px; line-height: 1.6; white-space: pre-line; color: var(--atlas-ink-strong); }
      .notes .none, .wait { color: var(--atlas-muted); font-size: 18px; }
      footer { display: flex; gap: 10px; align-items: center; }
      footer .exit { margin-inline-start: auto; }
      button { font: inherit; font-size: 16px; min-height: 44px; min-width: 44px; padding: 0 16px; border-radius: 8px; cursor: pointer;
        border: 1px solid var(--atlas-presenter-control); background: white; color: var(--atlas-ink-strong); }
      footer button.step { font-size: 18px; padding: 0 22px; }
      button:disabled { opacity: 0.4; cursor: default; }
      button:focus-visible { outline: 3px solid var(--atlas-focus); outline-offset: 2px; }
      @media (max-width: 760px) { .slides { grid-template-columns: 1fr; } :host { padding: 12px; } h1 { font-size: 24px; } .notes .text { font-size: 20px; } }
    `,
  ];

  override updated(): void {
    const l = this.shownLang;
    const st = this.link.status;
    document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
    document.title = `${tb('presenterView', l)} · ${st?.status === 'slide' ? st.story.title[l] : tp('present', l)}`;
  }

  private get shownLang(): Lang {
    return this.link.status?.lang ?? this.lang;
  }

  private clockBar(l: Lang) {
    const running = this.clock.running;
    return html`<span class="clock" role="timer" aria-label=${tb('elapsed', l)}>${this.clock.text}</span>
      <button class="toggle" @click=${() => this.clock.toggle()}>${tb(running ? 'pause' : 'resume', l)}</button>
      <button class="reset" @click=${() => this.clock.reset()}>${tb('reset', l)}</button>`;
  }

  private slides(l: Lang, slides: readonly Slide[], i: number) {
    const [now, next] = [slides[i], slides[i + 1]];
    return html`<div class="slides">
        <section class="now" aria-labelledby="now-title">
          <p class="label">${tb('now', l)}</p>
          <h1 id="now-title">${now.title[l]}</h1>
          <p>${now.caption[l]}</p>
        </section>
        <section class="next">
          <p class="label">${tb('upNext', l)}</p>
          ${next ? html`<h2>${next.title[l]}</h2><p>${next.caption[l]}</p>` : html`<p>${tb('lastSlide', l)}</p>`}
        </section>
      </div>
      <section class="notes" aria-label=${tb('notes', l)}>
        <p class="label">${tb('notes', l)}</p>
        ${now.notes ? html`<div class="text">${now.notes[l]}</div>` : html`<p class="none">${tb('noNotes', l)}</p>`}
      </section>`;
  }

  override render() {
    const l = this.shownLang;
    const st = this.link.status;
    if (st?.status !== 'slide') {
      return html`<header><span class="story">${tb('presenterView', l)}</span>${this.clockBar(l)}</header>
        <p class="wait" role="status">${tb(st ? 'ended' : 'waiting', l)}</p>`;
    }
    const { story, index: i } = st;
    const n = story.slides.length;
    return html`
      <header>
        <span class="story">${tb('presenterView', l)} · ${story.title[l]}</span>
        <span class="counter" aria-live="polite">${tp('slide', l, { n: i + 1, total: n })}</span>
        ${this.clockBar(l)}
      </header>
      ${this.slides(l, story.slides, i)}
      <footer>
        <button class="step prev" aria-label=${tp('previous', l)} ?disabled=${i === 0} @click=${() => this.link.send('prev')}>← ${tp('previous', l)}</button>
        <button class="step next" aria-label=${tp('next', l)} ?disabled=${i === n - 1} @click=${() => this.link.send('next')}>${tp('next', l)} →</button>
        <button class="exit" @click=${() => this.link.send('exit')}>${tp('exitStory', l)} (Esc)</button>
      </footer>
    `;
  }
}

customElements.define('atlas-presenter-view', AtlasPresenterView);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-presenter-view': AtlasPresenterView;
  }
}
