/**
 * The map's credit line: where the boundaries come from and which view draws them, with the small control
 * that switches the view (or, under a page's own basemap, a note that it cannot be switched).
 */
import { html, type TemplateResult } from 'lit';
import { t } from '../core/i18n/strings.ts';
import type { Lang } from '../core/vocabulary.ts';
import { boundaryCredit, readWorldview, type Worldview } from '../core/worldview.ts';
import { emitAction } from './emit.ts';

function choose(e: Event): void {
  const select = e.target as HTMLSelectElement;
  const worldview = readWorldview(select.value);
  if (worldview) emitAction(select, { type: 'setWorldview', worldview });
}

/** `view`: the view drawn, or 'custom' for a page's own basemap; `control`: whether the reader gets the switch. */
export function creditLine(l: Lang, view: Worldview | 'custom', control: boolean): TemplateResult {
  const credit = boundaryCredit(l, view);
  if (!control) return html`${credit}`;
  if (view === 'custom') return html`${credit} · <span class="worldview-locked">${t('worldviewLocked', l)}</span>`;
  return html`<select class="worldview" aria-label=${t('worldview', l)} @change=${choose}>
      <option value="cn" ?selected=${view === 'cn'}>${t('worldviewCn', l)}</option>
      <option value="de-facto" ?selected=${view === 'de-facto'}>${t('worldviewDeFacto', l)}</option>
    </select>
    ${credit}`;
}
