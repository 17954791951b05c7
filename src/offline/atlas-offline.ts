import { LitElement, css, html } from 'lit';
import { to } from '../core/i18n/offline.ts';
import type { Lang } from '../core/vocabulary.ts';
import { paletteStyles } from '../components/palette-styles.ts';

/**
 * The app page's offline status, beside the atlas: "Available offline" once every file is saved, and
 * "A new version is ready — Reload" when a new build has been saved in the background. Nothing shows while
 * a story is presented: a presenter is never offered (or given) a reload mid-talk.
 * @fires atlas-offline-reload - the reader asked for the new version
 */
export class AtlasOffline extends LitElement {
  static override properties = { lang: {}, presenting: { type: Boolean }, available: { type: Boolean }, newVersion: { type: Boolean } };
  declare lang: Lang;
  declare presenting: boolean;
  declare available: boolean;
  declare newVersion: boolean;

  constructor() {
    super();
    this.lang = 'zh';
    this.presenting = this.available = this.newVersion = false;
  }

  static override styles = [
    paletteStyles,
    css`
      /* Out of the panels' way: the chip sits in the credit line's empty right end (panels stop above it),
         left of the zoom buttons; on a phone, where the toolbar docks at the bottom, in the title card. */
      :host { font: 12px/1.4 "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", system-ui, sans-serif; color: var(--atlas-ink); }
      .chip { position: fixed; right: 56px; bottom: 2px; z-index: 5; padding: 0 8px; font-size: 10.5px; line-height: 16px; border-radius: 8px; background: white; border: 1px solid var(--atlas-rule); color: var(--atlas-muted); }
      .update { position: fixed; left: 12px; bottom: 34px; z-index: 6; display: flex; gap: 10px; align-items: center; padding: 8px 10px; border-radius: 8px; background: white; border: 1px solid var(--atlas-control); box-shadow: 0 2px 8px rgb(0 0 0 / 15%); font-size: 13px; }
      button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--atlas-ink); background: var(--atlas-ink); color: white; cursor: pointer; }
      button:focus-visible { outline: 2px solid var(--atlas-focus); outline-offset: 2px; }
      @media (max-width: 720px) {
        .chip { right: 20px; bottom: auto; top: 20px; }
        .update { left: 8px; right: 8px; bottom: auto; top: 8px; justify-content: space-between; }
      }
      @media print { :host { display: none; } }
    `,
  ];

  override render() {
    const l = this.lang;
    if (this.presenting) return '';
    if (this.newVersion) {
      return html`<div class="update" role="status" lang=${l === 'zh' ? 'zh-CN' : 'en'}>
        <span>${to('updateReady', l)}</span>
        <button @click=${() => this.dispatchEvent(new CustomEvent('atlas-offline-reload'))}>${to('reload', l)}</button>
      </div>`;
    }
    return this.available ? html`<span class="chip" role="status" title=${to('availableTitle', l)}>✓ ${to('available', l)}</span>` : '';
  }
}

if (!customElements.get('atlas-offline')) customElements.define('atlas-offline', AtlasOffline);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-offline': AtlasOffline;
  }
}
