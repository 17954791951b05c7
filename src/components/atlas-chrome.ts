/**
 * The chrome around the map as templates: the title and search (top left), the toolbar of panels, and
 * the status overlays (loading, paused GPU, no WebGL, the hover tooltip). Pure templates of their
 * arguments; clicks call the callbacks the shell passes.
 */
import { html, type TemplateResult } from 'lit';
import { formatNumber } from '../core/i18n/format.ts';
import countryTable from '../core/countries.json';
import { KIND_LABELS, t, tp } from '../core/i18n/strings.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { Lang } from '../core/vocabulary.ts';
import type { Controls } from '../state/embed-options.ts';
import type { SearchController } from '../controllers/search-controller.ts';
import type { SidePanel } from './atlas-panels.ts';
import type { MapHit } from './atlas-map.ts';
import { inlineStyle } from './inline-style.ts';

const names = countryTable as Record<string, { zh: string; en: string }>;

export interface Hover {
  x: number;
  y: number;
  name: string;
  kind: string;
}

export function topLeft(l: Lang, controls: Controls, counts: { shown: number; total: number }, search: SearchController): TemplateResult {
  return html`<div class="top-left">
    ${controls === 'full'
      ? html`<header>
          <h1>${t('title', l)}</h1>
          <p>${t('subtitle', l)} · <span class="count">${formatNumber(counts.shown, l)}</span> / ${formatNumber(counts.total, l)} ${t('records', l)}</p>
        </header>`
      : ''}
    <div role="search"><atlas-search .lang=${l} .search=${search.search} @atlas-search-wanted=${search.load}></atlas-search></div>
  </div>`;
}

export function toolbar(
  l: Lang,
  panels: readonly SidePanel[],
  open: string,
  labels: Record<SidePanel, string>,
  on: { toggle(p: SidePanel): void; present: (() => void) | null; switchLang(): void },
): TemplateResult {
  return html`<nav class="toolbar" aria-label=${t('panels', l)}>
    ${panels.map((p) => html`<button class="tool" data-panel=${p} aria-pressed=${open === p ? 'true' : 'false'} @click=${() => on.toggle(p)}>${labels[p]}</button>`)}
    ${on.present ? html`<button class="tool present" @click=${on.present}>${tp('present', l)}</button>` : ''}
    <button class="tool lang" lang=${l === 'zh' ? 'en' : 'zh'} aria-label=${t('langSwitchLabel', l)} @click=${on.switchLang}>${t('langSwitch', l)}</button>
  </nav>`;
}

export function overlays(l: Lang, s: { loading: boolean; paused: boolean; mapError: string; hover: Hover | null }): TemplateResult {
  return html`${s.loading ? html`<div class="status" role="status">${t('loading', l)}</div>` : ''}
    ${s.paused ? html`<div class="status paused" role="status">${t('contextLost', l)}</div>` : ''}
    ${s.mapError ? html`<div class="status nomap" role="alert"><strong>${t('noWebgl', l)}</strong><br />${t('noWebglList', l)}</div>` : ''}
    ${s.hover
      ? html`<div class="tooltip" role="tooltip" style=${inlineStyle({ left: `${s.hover.x}px`, top: `${s.hover.y}px` })}>${s.hover.name}<small>${s.hover.kind}</small></div>`
      : ''}`;
}

/** The tooltip for what is under the pointer: a record's name and kind, or a country's name. */
export function hoverOf(hit: MapHit, l: Lang, byId: ReadonlyMap<string, AtlasRecord>): Hover {
  const r = hit.kind === 'country' ? undefined : byId.get(hit.id);
  const name = r ? r.properties.name[l] : (names[hit.id]?.[l] ?? hit.name?.[l] ?? hit.id);
  return { x: hit.x, y: hit.y, name, kind: hit.kind === 'country' ? t('countryProfile', l) : KIND_LABELS[hit.kind][l] };
}
