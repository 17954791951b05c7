import { html, type TemplateResult } from 'lit';
import { to } from '../core/i18n/offline.ts';
import type { Lang } from '../core/vocabulary.ts';

/**
 * The Export panel's "Offline copy": whether this atlas is saved on this device (the app page's service
 * worker controls the page) and how a presenter installs it. Read when the panel renders; an embed or a
 * host page of the library is never controlled, so it says where to open the atlas instead.
 */
export function offlineCopy(lang: Lang): TemplateResult {
  const saved = typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);
  return html`<h3>${to('offlineCopy', lang)}</h3>
    <p class="offline">${saved ? `✓ ${to('savedHere', lang)}` : to('notSavedHere', lang)}</p>
    <p class="muted">${to('install', lang)} ${to('updates', lang)}</p>`;
}
