/**
 * The atlas's panels as templates of (state, data): the left panel (layers, filters, list, figures,
 * export, embed), the right panel (a record's details or a country's profile), the error notice and the
 * print legend. Pure templates: every change they ask for goes up as an action (emit.ts) or an event.
 */
import { boundaryCredit, type Worldview } from '../core/worldview.ts';
import { html, type TemplateResult } from 'lit';
import { memberships, membersOf } from '../core/members.ts';
import { countryProfile, relatedRecords } from '../core/related.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { Selectors } from '../core/selectors.ts';
import { KINDS } from '../core/vocabulary.ts';
import { KIND_LABELS, t, te, tp, tr } from '../core/i18n/strings.ts';
import { countryName } from '../core/i18n/country-name.ts';
import type { DatasetError } from '../core/validate.ts';
import { formatProblem, problemHeadlines, summarizeProblems } from '../core/i18n/problems.ts';
import { formatToday } from '../core/i18n/format.ts';
import { publishedBase } from '../embed/published-base.ts';
import type { AppState, Panel } from '../state/app-state.ts';
import { ensureElement, type LazyTag } from './lazy-elements.ts';
import { inlineStyle } from './inline-style.ts';
import { symbolIcon } from './symbol-icon.ts';
import { legendFor } from '../core/legend.ts';
import type { Controls } from '../state/embed-options.ts';
import './atlas-legend.ts';


export type SidePanel = Exclude<Panel, 'none'>;

export const SIDE_PANELS: SidePanel[] = ['layers', 'filters', 'list', 'figures', 'export', 'embed', 'story'];
/** Panels whose toolbar button sits with Present (the briefing tools), not with the exploring ones. */
export const BRIEFING_PANELS: readonly SidePanel[] = ['story'];
/** With controls="minimal", the legend is the one side panel; details still open on a click. */
export const MINIMAL_PANELS: SidePanel[] = ['layers'];

export function panelLabels(l: AppState['lang']): Record<SidePanel, string> {
  return { layers: t('layers', l), filters: t('filters', l), list: t('list', l), figures: t('figures', l), export: tp('exportPanel', l), embed: te('embed', l), story: tp('storyEditor', l) };
}

export interface PanelContext {
  state: AppState;
  records: readonly AtlasRecord[];
  selectors: Selectors;
  exportBusy: boolean;
  exportMessage: string;
  mapless: boolean;
  /** The view the boundaries are drawn in, or the page's own basemap (credit lines). */
  boundaryView: Worldview | 'custom';
  /** A lazily loaded element's module failed to load. */
  onLoadError: (tag: string, err: unknown) => void;
}

/** Renders a lazily loaded element's template, starting its module's load (see lazy-elements.ts). */
function need<T>(ctx: PanelContext, tag: LazyTag, template: T): T {
  ensureElement(tag).catch((err: unknown) => ctx.onLoadError(tag, err));
  return template;
}

export function leftPanel(ctx: PanelContext, panel: SidePanel): TemplateResult | string {
  const { state: s, records, selectors: sel } = ctx;
  const l = s.lang;
  switch (panel) {
    case 'layers':
      return html`<atlas-layers .lang=${l} .present=${sel.kindsPresent(records)} .visible=${s.kinds}
        .counts=${sel.filterResult(records, s).byKind}></atlas-layers>`;
    case 'filters':
      return need(ctx, 'atlas-filters', html`<atlas-filters .lang=${l} .state=${s} .bounds=${sel.yearBounds(records)} .regions=${sel.regionsPresent(records)}
        .countries=${sel.countryOptions(records)} .fields=${sel.fieldsPresent(records)}></atlas-filters>`);
    case 'list':
      return need(ctx, 'atlas-list', html`<atlas-list .lang=${l} .records=${sel.passing(records, s)} .all=${records} .selected=${s.selected}></atlas-list>`);
    case 'figures':
      return need(ctx, 'atlas-figures', html`<atlas-figures .lang=${l} .systems=${sel.figureSections(records).systems} .groups=${sel.figureSections(records).others}></atlas-figures>`);
    case 'export':
      return need(ctx, 'atlas-export', html`<atlas-export .lang=${l} .busy=${ctx.exportBusy} .message=${ctx.exportMessage} .mapless=${ctx.mapless}
        .credit=${boundaryCredit(l, ctx.boundaryView)}></atlas-export>`);
    case 'embed':
      return need(ctx, 'atlas-embed', html`<atlas-embed .lang=${l} .base=${publishedBase()} .camera=${s.camera} .story=${s.story} .worldview=${s.worldview} .state=${s}></atlas-embed>`);
    case 'story':
      return need(ctx, 'atlas-story-editor', html`<atlas-story-editor .lang=${l} .state=${s} .records=${records}></atlas-story-editor>`);
  }
}

/** A record's details or a country's profile, or null when neither is open. */
export function rightPanel(ctx: PanelContext): TemplateResult | null {
  const { state: s, records, selectors: sel } = ctx;
  const l = s.lang;
  const r = s.selected ? sel.byId(records).get(s.selected) : undefined;
  if (r) {
    const members = membersOf(records, r.properties.id);
    const memberOf = memberships(records, r, sel.byId(records));
    // Members and memberships have their own lists; "related" does not repeat them.
    const listed = new Set([...members, ...memberOf]);
    const related = relatedRecords(records, r.properties.id, 8 + listed.size).filter((x) => !listed.has(x)).slice(0, 8);
    return need(ctx, 'atlas-details', html`<atlas-details .lang=${l} .record=${r} .related=${related} .members=${members} .memberOf=${memberOf}></atlas-details>`);
  }
  if (s.country) return need(ctx, 'atlas-country', html`<atlas-country .lang=${l} .a3=${s.country} .profile=${countryProfile(records, s.country)}></atlas-country>`);
  return null;
}

export function errorNotice(errors: readonly DatasetError[], open: boolean, lang: AppState['lang'], toggle: () => void): TemplateResult | string {
  if (!errors.length) return '';
  return html`<section class="errors" role="status">
    <button aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>${problemHeadlines(summarizeProblems(errors), lang).join(' · ')}</button>
    ${open ? html`<ul>${errors.map((e) => html`<li>${formatProblem(e, lang)}</li>`)}</ul>` : ''}
  </section>`;
}

/** The legend and source line that only print shows (the screen has the Layers panel). */
export function printLegend(ctx: PanelContext): TemplateResult {
  const { state: s, records, selectors: sel } = ctx;
  const l = s.lang;
  const drawn = sel.kindsDrawn(records);
  return html`<ul class="print-legend" aria-hidden="true">
    ${KINDS.filter((k) => s.kinds.includes(k) && drawn.has(k)).map((k) => html`<li>${symbolIcon(k)} ${KIND_LABELS[k][l]}</li>`)}
    <li class="print-sources">${tp('printSources', l)} · ${formatToday(l)}</li>
  </ul>
  <div class="print-deck" aria-hidden="true"></div>`;
}

/**
 * The legend on the map: with full or minimal controls (not with controls="none", where the host page
 * brings its own UI, nor without a map), in present mode too, where the stylesheet moves it clear of the card.
 */
export function mapLegend(ctx: PanelContext, controls: Controls, dark: boolean): TemplateResult | string {
  if (controls === 'none' || ctx.mapless) return '';
  const s = ctx.state;
  return html`<atlas-legend class="legend ${dark ? 'dark' : ''}" .lang=${s.lang} .entries=${legendFor(ctx.records, s)}></atlas-legend>`;
}

/** The year player's large year on the map, while it plays (loaded on the first play; not in present mode). */
export function yearPlayer(ctx: PanelContext): TemplateResult | string {
  const s = ctx.state;
  if (!s.playing || s.story || ctx.mapless) return '';
  return need(ctx, 'atlas-year-player', html`<atlas-year-player .lang=${s.lang} .years=${s.years}></atlas-year-player>`);
}

/** The left panel (one of `SIDE_PANELS`) and the right one (details or a country), each with its close button. */
export function asides(ctx: PanelContext, open: SidePanel | null, withRight: boolean, on: { closeLeft(): void; closeRight(): void }): TemplateResult {
  const l = ctx.state.lang;
  const labels = panelLabels(l);
  // With controls="none" the host page brings its own UI: no panels, only events.
  const right = withRight ? rightPanel(ctx) : null;
  return html`${open
    ? html`<aside class="panel left" data-panel=${open} aria-label=${labels[open]}>
        <button class="close" aria-label=${t('close', l)} @click=${on.closeLeft}>×</button>
        ${leftPanel(ctx, open)}
      </aside>`
    : ''}
  ${right
    ? html`<aside class="panel right" aria-label=${ctx.state.selected ? t('openDetails', l) : t('countryProfile', l)}>
        <button class="close" aria-label=${t('close', l)} @click=${on.closeRight}>×</button>
        ${right}
      </aside>`
    : ''}`;
}

/**
 * The open place group's picker beside its badge (`project` gives the badge's element pixels; `size` is
 * the element's); the picker sits on the side with more room, across and up or down. Empty when no group is open.
 */
export function groupPicker(ctx: PanelContext, project: (p: [number, number]) => [number, number] | null, size: { width: number; height: number }): TemplateResult | string {
  // Where the open group's badge is on screen, re-read on every render (the camera settles into state).
  const { state: s, records, selectors: sel } = ctx;
  const g = s.group ? sel.placeGroups(records).byGroup.get(s.group) : undefined;
  const at = g ? project(g.position) : null;
  if (!g || !at) return '';
  const { pass } = sel.filterResult(records, s);
  const shown = g.indexes.filter((i) => pass[i]).map((i) => records[i]);
  if (!shown.length) return '';
  const right = at[0] < size.width / 2;
  const down = at[1] < size.height / 2;
  // Kept inside the element when the camera has moved the badge near or past an edge.
  const clamp = (v: number, max: number) => Math.min(Math.max(8, v), max - 8);
  const style = {
    // Clear of the fan round the badge (26 px out, symbols 14 px wide).
    left: `${clamp(right ? at[0] + 44 : at[0] - 44, size.width)}px`,
    top: `${clamp(down ? at[1] - 30 : at[1] + 30, size.height)}px`,
    transform: `translate(${right ? '0' : '-100%'}, ${down ? '0' : '-100%'})`,
  };
  const site = g.level === 'site';
  const heading = site ? (g.city?.[s.lang] ?? tr('stackUnnamed', s.lang)) : g.a3 ? countryName(g.a3, s.lang) : tr('groupUnnamed', s.lang);
  return need(ctx, 'atlas-picker', html`<atlas-picker class="picker" style=${inlineStyle(style)} .lang=${s.lang} .heading=${heading} .site=${site} .records=${shown} .selected=${s.selected}></atlas-picker>`);
}

/** The presenter card over the map while a story is shown; `remote`: it offers the presenter view (the full-page app). */
export function presenterCard(ctx: PanelContext, story: unknown, remote: boolean): TemplateResult {
  const { state: s, records, selectors: sel } = ctx;
  return need(ctx, 'atlas-presenter', html`<atlas-presenter .lang=${s.lang} .story=${story} .index=${s.story?.slide ?? 0} .byId=${sel.byId(records)} .series=${sel.series(records)}
    .remote=${remote && typeof BroadcastChannel === 'function'}></atlas-presenter>`);
}
