import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatNumber } from '../core/i18n/format.ts';
import { countryName } from '../core/i18n/country-name.ts';
import { storyProblemLine } from '../core/i18n/story-problems.ts';
import { FIELD_LABELS, KIND_LABELS, REGION_LABELS } from '../core/i18n/strings.ts';
import { ted } from '../core/i18n/editor-strings.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { Lang } from '../core/vocabulary.ts';
import { StoryDraftController } from '../controllers/story-draft-controller.ts';
import type { AppState } from '../state/app-state.ts';
import { MAX_CAPTION } from '../story/schema.ts';
import type { DraftSlide } from '../story/draft.ts';
import { panelStyles } from './panel-styles.ts';

const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * The story editor (a side panel, loaded on first use): the author adds the map as they see it as a slide,
 * writes each slide's title and caption in Chinese and English side by side, reorders (drag, the move
 * buttons, or Alt + ↑/↓ inside a slide, each move announced), deletes, previews in present mode, downloads
 * the story JSON and opens one from a file. The draft and its saving are the controller's; the rules are
 * src/story/draft.ts.
 */
export class AtlasStoryEditor extends LitElement {
  static override properties = { lang: {}, state: { attribute: false }, records: { attribute: false }, announcement: { state: true }, confirming: { state: true } };
  declare lang: Lang;
  /** The atlas's state: what "Add this view" takes. */
  declare state: AppState | null;
  /** The dataset, to check a story's references and to name a ringed record. */
  declare records: readonly AtlasRecord[];
  /** The live region's text: what the last add, move or delete did. */
  declare announcement: string;
  /** The discard confirmation is showing. */
  declare confirming: boolean;

  private readonly ctl = new StoryDraftController(this);
  /** The slide being dragged (its index), or null. */
  private dragging: number | null = null;

  constructor() {
    super();
    this.lang = 'en';
    this.state = null;
    this.records = [];
    this.announcement = '';
    this.confirming = false;
  }

  static override styles = [
    panelStyles,
    css`
      .intro { color: var(--atlas-ink-soft); }
      .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 6px 10px; }
      label { display: grid; gap: 2px; font-size: 12px; color: var(--atlas-ink-soft); }
      input, textarea { font: inherit; font-size: 13px; color: var(--atlas-ink); border: 1px solid var(--atlas-input); border-radius: 4px; padding: 4px 6px; background: white; width: 100%; box-sizing: border-box; }
      textarea { resize: vertical; min-height: 4.2em; }
      .slides { list-style: none; padding: 0; margin: 10px 0; display: grid; gap: 8px; }
      .slide { border: 1px solid var(--atlas-card-edge); border-radius: 6px; padding: 8px 10px; background: white; }
      .slide.drop { border-color: var(--atlas-focus); box-shadow: 0 0 0 2px var(--atlas-focus); }
      .head { display: flex; align-items: center; gap: 6px; margin-bottom: 6px; }
      .head h3 { margin: 0; flex: 1; color: var(--atlas-ink); font-size: 13px; }
      .grip { cursor: grab; color: var(--atlas-muted); padding: 0 2px; user-select: none; font-size: 16px; line-height: 1; }
      .what { font-size: 12px; color: var(--atlas-muted); margin: 0 0 6px; }
      .small { border: 1px solid var(--atlas-control); background: white; border-radius: 4px; padding: 2px 8px; font-size: 12px; min-height: 28px; }
      .small:disabled { opacity: 0.45; cursor: default; }
      .action { display: block; width: 100%; margin: 6px 0; padding: 7px 10px; border-radius: 6px; border: 1px solid var(--atlas-ink); background: var(--atlas-ink); color: white; text-align: start; }
      .action.secondary { background: white; color: var(--atlas-ink); }
      .row { display: flex; flex-wrap: wrap; gap: 6px; }
      .row .action { width: auto; flex: 1 1 160px; }
      .problems, .confirm { margin: 8px 0; padding: 6px 8px; background: var(--atlas-notice-back); border-left: 3px solid var(--atlas-notice); color: var(--atlas-notice-ink); }
      .problems ul { padding-left: 16px; list-style: disc; }
      .confirm p { margin: 0 0 6px; }
      .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
      input[type='file'] { display: none; }
    `,
  ];

  private get l(): Lang {
    return this.lang;
  }

  private announce(key: 'moved' | 'added' | 'removed' | 'cleared' | 'opened', vars: Record<string, string | number> = {}): void {
    this.announcement = ted(key, this.l, vars);
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private add(): void {
    if (!this.state) return;
    this.ctl.apply({ type: 'add', view: this.state });
    const n = this.ctl.draft.slides.length;
    this.announce('added', { n });
    void this.focusOn(`.slide:nth-child(${n}) input[lang='zh']`);
  }

  /**
   * Moves slide `from` to `to`. Focus follows the moved slide: `focus` names the control inside it to
   * focus afterwards (a move button, or the field the keys were pressed in), since moving an element in
   * the DOM may take the focus away from it.
   */
  private move(from: number, to: number, focus?: string): void {
    const n = this.ctl.draft.slides.length;
    if (to < 0 || to >= n || from === to) return;
    this.ctl.apply({ type: 'move', from, to });
    this.announce('moved', { from: from + 1, to: to + 1 });
    // At an end of the list a move button is disabled: the other one keeps the focus.
    const target = focus === '.up' && to === 0 ? '.down' : focus === '.down' && to === n - 1 ? '.up' : focus;
    if (target) void this.focusOn(`.slide:nth-child(${to + 1}) ${target}`);
  }

  private removeSlide(index: number): void {
    this.ctl.apply({ type: 'remove', index });
    this.announce('removed', { n: index + 1 });
    const left = this.ctl.draft.slides.length;
    void this.focusOn(left ? `.slide:nth-child(${Math.min(index, left - 1) + 1}) .remove` : '.add');
  }

  private onSlideKey(e: KeyboardEvent, index: number): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const at = e.composedPath()[0] as HTMLElement;
    const lang = at.getAttribute('lang');
    const field = lang ? `${at.tagName.toLowerCase()}[lang='${lang}']` : at.classList.contains('small') ? `.${[...at.classList].find((c) => c !== 'small')}` : undefined;
    this.move(index, index + (e.key === 'ArrowUp' ? -1 : 1), field);
  }

  private onDrop(e: DragEvent, index: number): void {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.remove('drop');
    if (this.dragging !== null) this.move(this.dragging, index);
    this.dragging = null;
  }

  private async openFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (await this.ctl.open(file, this.records)) this.announce('opened', { title: this.ctl.draft.title[this.l], n: this.ctl.draft.slides.length });
    await this.focusOn(this.ctl.problems ? '.problems' : '.slides input');
  }

  private discard(): void {
    this.ctl.apply({ type: 'clear' });
    this.confirming = false;
    this.announce('cleared');
    void this.focusOn('.add');
  }

  /** What a slide keeps of the view, in words: layers, filters, years and the ringed record. */
  private describe(s: DraftSlide): string {
    const l = this.l;
    const parts: string[] = [];
    if (s.kinds) parts.push(s.kinds.map((k) => KIND_LABELS[k][l]).join(l === 'zh' ? '、' : ', '));
    for (const f of s.fields ?? []) parts.push(FIELD_LABELS[f][l]);
    for (const r of s.regions ?? []) parts.push(REGION_LABELS[r][l]);
    for (const c of s.countries ?? []) parts.push(countryName(c, l));
    if (s.years) parts.push(`${s.years[0]}–${s.years[1]}`);
    for (const id of s.highlight ?? []) {
      const r = this.records.find((x) => x.properties.id === id);
      if (r) parts.push(`◎ ${r.properties.name[l]}`);
    }
    const zoom = `${l === 'zh' ? '缩放' : 'zoom'} ${formatNumber(s.camera.zoom, l)}`;
    return [parts.length ? parts.join(' · ') : ted('allRecords', l), zoom].join(' · ');
  }

  private slide(s: DraftSlide, i: number, n: number) {
    const l = this.l;
    const text = (field: 'title' | 'caption', lang: Lang) => {
      const label = `${ted(field === 'title' ? 'slideTitle' : 'caption', l)} · ${ted(lang, l)}`;
      const set = (e: Event) => this.ctl.apply({ type: 'slideText', index: i, field, lang, value: (e.target as HTMLInputElement).value });
      return html`<label>${label}${field === 'title'
        ? html`<input lang=${lang} .value=${s.title[lang]} maxlength="120" @input=${set} />`
        : html`<textarea lang=${lang} rows="3" .value=${s.caption[lang]} maxlength=${MAX_CAPTION} @input=${set}></textarea>`}</label>`;
    };
    return html`<li class="slide" aria-label=${ted('slideN', l, { n: i + 1 })} @keydown=${(e: KeyboardEvent) => this.onSlideKey(e, i)}
      @dragover=${(e: DragEvent) => { e.preventDefault(); (e.currentTarget as HTMLElement).classList.add('drop'); }}
      @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('drop')} @drop=${(e: DragEvent) => this.onDrop(e, i)}>
      <div class="head">
        <span class="grip" draggable="true" aria-hidden="true" @dragstart=${(e: DragEvent) => { this.dragging = i; e.dataTransfer?.setData('text/plain', String(i + 1)); }}>⠿</span>
        <h3>${ted('slideN', l, { n: i + 1 })}</h3>
        <button class="small up" aria-label=${ted('moveUpLabel', l, { n: i + 1 })} ?disabled=${i === 0} @click=${() => this.move(i, i - 1, '.up')}><span aria-hidden="true">↑</span> ${ted('moveUp', l)}</button>
        <button class="small down" aria-label=${ted('moveDownLabel', l, { n: i + 1 })} ?disabled=${i === n - 1} @click=${() => this.move(i, i + 1, '.down')}><span aria-hidden="true">↓</span> ${ted('moveDown', l)}</button>
        <button class="small remove" aria-label=${ted('removeLabel', l, { n: i + 1 })} @click=${() => this.removeSlide(i)}>${ted('remove', l)}</button>
      </div>
      <p class="what">${ted('view', l)}${l === 'zh' ? '：' : ': '}${this.describe(s)}</p>
      <div class="pair">${LANGS.map((x) => text('title', x))}${LANGS.map((x) => text('caption', x))}</div>
    </li>`;
  }

  private renderProblems() {
    const p = this.ctl.problems;
    if (!p) return '';
    const l = this.l;
    return html`<div class="problems" role="alert" tabindex="-1">
      <p>${ted(p.heading, l)}</p>
      <ul>${p.problems.map((x) => html`<li>${storyProblemLine(x, l, (id) => p.order.indexOf(id))}</li>`)}</ul>
    </div>`;
  }

  override render() {
    const l = this.l;
    const { draft } = this.ctl;
    const n = draft.slides.length;
    return html`
      <h2>${ted('editor', l)}</h2>
      <p class="intro">${ted('editorIntro', l)}</p>
      <div class="pair">
        ${LANGS.map((x) => html`<label>${ted('storyTitle', l)} · ${ted(x, l)}<input lang=${x} class="story-title" .value=${draft.title[x]} maxlength="120"
          @input=${(e: Event) => this.ctl.apply({ type: 'storyTitle', lang: x, value: (e.target as HTMLInputElement).value })} /></label>`)}
      </div>
      <button class="action add" ?disabled=${!this.state} @click=${() => this.add()}>${ted('addView', l)}</button>
      ${n > 1 ? html`<p class="muted">${ted('reorderHint', l)}</p>` : ''}
      ${n ? html`<ol class="slides">${repeat(draft.slides, (s) => s.id, (s, i) => this.slide(s, i, n))}</ol>` : html`<p class="muted">${ted('noSlides', l)}</p>`}
      ${this.renderProblems()}
      <div class="row">
        <button class="action secondary preview" ?disabled=${!n} @click=${() => this.ctl.preview(this.records) || void this.focusOn('.problems')}>${ted('preview', l)}</button>
        <button class="action secondary download" ?disabled=${!n} @click=${() => this.ctl.download(this.records) || void this.focusOn('.problems')}>${ted('download', l)}</button>
        <button class="action secondary open" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>${ted('open', l)}</button>
        <input type="file" accept=".json,application/json" tabindex="-1" aria-hidden="true" @change=${(e: Event) => void this.openFile(e)} />
      </div>
      ${this.confirming
        ? html`<div class="confirm" role="group" aria-label=${ted('clear', l)}>
            <p>${ted('clearConfirm', l)}</p>
            <div class="row">
              <button class="action yes" @click=${() => this.discard()}>${ted('clearYes', l)}</button>
              <button class="action secondary no" @click=${() => { this.confirming = false; void this.focusOn('.clear'); }}>${ted('clearNo', l)}</button>
            </div>
          </div>`
        : html`<button class="action secondary clear" ?disabled=${!n} @click=${() => { this.confirming = true; void this.focusOn('.confirm .no'); }}>${ted('clear', l)}</button>`}
      ${this.ctl.saved ? '' : html`<p class="problems">${ted('notSaved', l)}</p>`}
      <p class="sr" role="status" aria-live="polite">${this.announcement}</p>
    `;
  }
}

customElements.define('atlas-story-editor', AtlasStoryEditor);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-story-editor': AtlasStoryEditor;
  }
}
