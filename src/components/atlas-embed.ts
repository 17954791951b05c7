import { LitElement, css, html } from 'lit';
import { elementSnippet, embedUrl, iframeSnippet } from '../embed/snippet.ts';
import { t, te } from '../core/i18n/strings.ts';
import type { AppState, Camera } from '../state/app-state.ts';
import { stateAttributes, type Controls, type Theme } from '../state/embed-options.ts';
import type { Lang } from '../core/vocabulary.ts';
import type { Worldview } from '../core/worldview.ts';
import { panelStyles } from './panel-styles.ts';

type Form = 'element' | 'iframe';

/**
 * The Embed dialog: the snippet that puts the current view into another page, as a web component or an
 * iframe. The view comes down as properties; the choices (form, controls, theme) are the dialog's own.
 */
export class AtlasEmbed extends LitElement {
  static override properties = {
    lang: {},
    base: {},
    camera: { attribute: false },
    story: { attribute: false },
    worldview: {},
    state: { attribute: false },
    form: { state: true },
    controls: { state: true },
    theme: { state: true },
    copied: { state: true },
    preview: { state: true },
  };
  declare lang: Lang;
  /** The folder the atlas is published in (embed.html and innovation-atlas.js sit there). */
  declare base: string;
  declare camera: Camera | null;
  declare story: { id: string; slide: number } | null;
  /** The boundaries the embedded atlas draws: the atlas's own view to begin with, always written out. */
  declare worldview: Worldview;
  /** The atlas's state: its filters and selection go into the code too. */
  declare state: AppState | null;
  declare form: Form;
  declare controls: Controls;
  declare theme: Theme;
  declare copied: boolean;
  /** The preview is a second atlas (its own WebGL context): shown only when asked for. */
  declare preview: boolean;

  constructor() {
    super();
    this.lang = 'en';
    this.base = '';
    this.camera = null;
    this.story = null;
    this.worldview = 'de-facto';
    this.state = null;
    this.form = 'iframe';
    this.controls = 'minimal';
    this.theme = 'light';
    this.copied = false;
    this.preview = false;
  }

  static override styles = [
    panelStyles,
    css`
      fieldset { border: none; padding: 0; margin: 0 0 10px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
      legend { font-size: 12px; font-weight: 700; color: var(--atlas-ink-soft); padding: 0; margin-bottom: 6px; width: 100%; }
      label { font-size: 12px; font-weight: 700; color: var(--atlas-ink-soft); display: block; margin-bottom: 4px; }
      textarea { width: 100%; min-height: 120px; font: 11.5px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; padding: 6px;
        border: 1px solid var(--atlas-control); border-radius: 4px; resize: vertical; color: var(--atlas-ink); background: var(--atlas-field); }
      /* The embed at its chosen height, scaled to the dialog's width (CSS only: no inline style under a strict CSP). */
      .preview { width: 100%; aspect-ratio: 16 / 10; border: 1px solid var(--atlas-control); border-radius: 4px; display: block; margin: 6px 0; }
      .action { display: block; width: 100%; margin: 6px 0; padding: 7px 10px; border-radius: 6px; border: 1px solid var(--atlas-ink); background: var(--atlas-ink); color: white; text-align: start; }
    `,
  ];

  private get options() {
    const state = this.state ? stateAttributes(this.state) : [];
    return { base: this.base || document.baseURI, lang: this.lang, camera: this.camera, state, controls: this.controls, theme: this.theme, story: this.story, worldview: this.worldview, height: 480 };
  }

  get snippet(): string {
    return this.form === 'element' ? elementSnippet(this.options) : iframeSnippet(this.options);
  }

  private async copy(): Promise<void> {
    const area = this.renderRoot.querySelector('textarea');
    try {
      await navigator.clipboard.writeText(this.snippet);
    } catch {
      // No clipboard permission (http, embeds): select the text so Ctrl+C does it.
      area?.select();
      return;
    }
    this.copied = true;
    setTimeout(() => (this.copied = false), 2000);
  }

  override render() {
    const l = this.lang;
    const chips = <T extends string>(value: T, options: [T, string][], set: (v: T) => void) =>
      options.map(([v, label]) => html`<button class="chip" aria-pressed=${value === v ? 'true' : 'false'} @click=${() => set(v)}>${label}</button>`);
    return html`
      <h2>${te('embed', l)}</h2>
      <p>${te('embedIntro', l)}</p>
      <fieldset>
        <legend>${te('form', l)}</legend>
        ${chips(this.form, [['iframe', te('formIframe', l)], ['element', te('formElement', l)]], (v) => (this.form = v))}
      </fieldset>
      <fieldset>
        <legend>${te('controls', l)}</legend>
        ${chips(this.controls, [['full', te('controlsFull', l)], ['minimal', te('controlsMinimal', l)], ['none', te('controlsNone', l)]], (v) => (this.controls = v))}
      </fieldset>
      <fieldset>
        <legend>${te('theme', l)}</legend>
        ${chips(this.theme, [['light', te('themeLight', l)], ['dark', te('themeDark', l)]], (v) => (this.theme = v))}
      </fieldset>
      <fieldset>
        <legend>${t('worldview', l)}</legend>
        ${chips(this.worldview, [['cn', t('worldviewCn', l)], ['de-facto', t('worldviewDeFacto', l)]], (v) => (this.worldview = v))}
      </fieldset>
      <label for="code">${te('code', l)}</label>
      <textarea id="code" readonly spellcheck="false" .value=${this.snippet} @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}></textarea>
      <button class="action" @click=${() => void this.copy()}>${this.copied ? te('copied', l) : te('copy', l)}</button>
      <button class="chip" aria-pressed=${this.preview ? 'true' : 'false'} @click=${() => (this.preview = !this.preview)}>${te('preview', l)}</button>
      ${this.preview ? html`<iframe class="preview" title=${te('previewTitle', l)} src=${embedUrl(this.options)}></iframe>` : ''}
      <p class="muted">${te('embedNote', l)}</p>
    `;
  }
}

customElements.define('atlas-embed', AtlasEmbed);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-embed': AtlasEmbed;
  }
}
