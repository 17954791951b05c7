/**
 * The chrome around the map as templates: the title and search (top left), the toolbar of panels, and
 * the status overlays (loading, paused GPU, no WebGL, the hover tooltip). Pure templates of their
 * arguments; clicks call the callbacks the shell passes.
 */
import { html, type TemplateResult } from 'lit';
import { formatNumber } from '../core/i18n/format.ts';
import countryTable from '../core/countries.json';
import { KIND_LABELS, PRECISION_LABELS, t, tp, tr } from '../core/i18n/strings.ts';
import { isCountryLevel, type PlaceGroup } from '../core/places.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { Lang } from '../core/vocabulary.ts';
import type { Controls } from '../state/embed-options.ts';
import type { SearchController } from '../controllers/search-controller.ts';
import { BRIEFING_PANELS, type SidePanel } from './atlas-panels.ts';
import type { MapHit } from './atlas-map.ts';
import { inlineStyle } from './inline-style.ts';

export { creditLine } from './atlas-credit.ts';

const names = countryTable as Record<string, { zh: string; en: string }>;

export interface Hover {
  x: number;
  y: number;
  name: string;
  kind: string;
  /** A second small line: how precisely the record is placed, or what a click on a badge does. */
  note?: string;
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
  const button = (p: SidePanel) => html`<button class="tool" data-panel=${p} aria-pressed=${open === p ? 'true' : 'false'} @click=${() => on.toggle(p)}>${labels[p]}</button>`;
  // The story editor is a briefing tool: it sits beside Present, and like Present it needs the map.
  return html`<nav class="toolbar" aria-label=${t('panels', l)}>
    ${panels.filter((p) => !BRIEFING_PANELS.includes(p)).map(button)}
    ${on.present ? html`<button class="tool present" @click=${on.present}>${tp('present', l)}</button>${panels.filter((p) => BRIEFING_PANELS.includes(p)).map(button)}` : ''}
    <button class="tool lang" lang=${l === 'zh' ? 'en' : 'zh'} aria-label=${t('langSwitchLabel', l)} @click=${on.switchLang}>${t('langSwitch', l)}</button>
  </nav>`;
}

export function overlays(l: Lang, s: { loading: boolean; paused: boolean; mapError: string; hover: Hover | null }): TemplateResult {
  return html`${s.loading ? html`<div class="status" role="status">${t('loading', l)}</div>` : ''}
    ${s.paused ? html`<div class="status paused" role="status">${t('contextLost', l)}</div>` : ''}
    ${s.mapError ? html`<div class="status nomap" role="alert"><strong>${t('noWebgl', l)}</strong><br />${t('noWebglList', l)}</div>` : ''}
    ${s.hover
      ? html`<div class="tooltip" role="tooltip" style=${inlineStyle({ left: `${s.hover.x}px`, top: `${s.hover.y}px` })}>
          ${s.hover.name}<small>${s.hover.kind}</small>${s.hover.note ? html`<small>${s.hover.note}</small>` : ''}
        </div>`
      : ''}`;
}

/**
 * The tooltip for what is under the pointer: a record's name and kind (and "country-level position" when
 * that is all that is known), a country's name, or a disc's country (or a stack's city) with how many
 * records it holds; none for the disc whose picker is open.
 */
export function hoverOf(hit: MapHit, s: { lang: Lang; group: string | null }, byId: ReadonlyMap<string, AtlasRecord>, groups: { byGroup: ReadonlyMap<string, PlaceGroup>; shown: (g: PlaceGroup) => number }): Hover | null {
  const at = { x: hit.x, y: hit.y };
  const l = s.lang;
  // An open disc's picker already lists its records: a tooltip would only cover it.
  if (hit.kind === 'group' && hit.id === s.group) return null;
  if (hit.kind === 'group') {
    const g = groups.byGroup.get(hit.id);
    const n = g ? groups.shown(g) : 0;
    if (g?.level === 'site') return { ...at, name: g.city?.[l] ?? tr('stackUnnamed', l), kind: tr('stackCount', l, { n: formatNumber(n, l) }), note: tr('groupHint', l) };
    return { ...at, name: g?.a3 ? (names[g.a3]?.[l] ?? g.a3) : tr('groupUnnamed', l), kind: n === 1 ? tr('groupCountOne', l) : tr('groupCount', l, { n: formatNumber(n, l) }), note: tr('groupHint', l) };
  }
  const r = hit.kind === 'country' ? undefined : byId.get(hit.id);
  const name = r ? r.properties.name[l] : (names[hit.id]?.[l] ?? hit.name?.[l] ?? hit.id);
  const note = r && isCountryLevel(r) ? PRECISION_LABELS.country[l] : undefined;
  return { ...at, name, kind: hit.kind === 'country' ? t('countryProfile', l) : KIND_LABELS[hit.kind][l], note };
}
