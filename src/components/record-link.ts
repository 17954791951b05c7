/** Small templates the panels share for naming records. */
import { html, type TemplateResult } from 'lit';
import { PRECISION_LABELS } from '../core/i18n/strings.ts';
import { isCountryLevel } from '../core/places.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { Lang } from '../core/vocabulary.ts';
import { emitAction } from './emit.ts';
import { symbolIcon } from './symbol-icon.ts';

/** A record as its map symbol and its name, a button that selects it (`current`: the one selected). */
export function recordLink(from: HTMLElement, r: AtlasRecord, l: Lang, opts: { after?: TemplateResult | string; current?: boolean } = {}): TemplateResult {
  const after = opts.after ?? '';
  return html`<li class="record-link" aria-current=${opts.current ? 'true' : 'false'}>${symbolIcon(r.properties.kind)}<span
      ><button class="link" @click=${() => emitAction(from, { type: 'select', id: r.properties.id })}>${r.properties.name[l]}</button>${after}</span
    ></li>`;
}

/** Whether the map shows `r` only in its country's badge (a partner country's own record is not such a record). */
export const placedToCountry = isCountryLevel;

/** "Country-level position", said wherever such a record is named. */
export function countryLevelTag(l: Lang): TemplateResult {
  return html` <span class="precision-tag">${PRECISION_LABELS.country[l]}</span>`;
}
