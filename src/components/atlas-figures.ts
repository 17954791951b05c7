import { LitElement, css, html, type TemplateResult } from 'lit';
import { readerSource } from '../core/policy-texts.ts';
import { sourceLineHtml } from './source-line-html.ts';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AtlasRecord } from '../core/record.ts';
import { formatFigureValue, formatFuzzyDate, formatNumber } from '../core/i18n/format.ts';
import { langAttr } from '../core/i18n/lang-of.ts';
import { t, tr } from '../core/i18n/strings.ts';
import { latestPoint, recordSeries, seriesPoints, type SeriesPoint, type SystemSummary } from '../core/systems.ts';
import type { Lang } from '../core/vocabulary.ts';
import { emitAction } from './emit.ts';
import { panelStyles } from './panel-styles.ts';
import { seriesChart } from './series-chart.ts';

/**
 * "The Innovation Road in numbers". First the systems (the joint-laboratory programme, ANSO …): each with its
 * latest total, as-of date and source, how many of its members the map names, and its figures over time as a
 * small chart. Then the other figures: figures that measure the same thing (one series, or linked through
 * `related`) stand side by side; none is picked over another.
 * @fires atlas-action - select
 */
export class AtlasFigures extends LitElement {
  static override properties = { lang: {}, systems: { attribute: false }, groups: { attribute: false } };
  declare lang: Lang;
  declare systems: readonly SystemSummary[];
  /** The figures no system shows, in groups of figures that measure the same thing. */
  declare groups: readonly (readonly AtlasRecord[])[];

  constructor() {
    super();
    this.lang = 'en';
    this.systems = [];
    this.groups = [];
  }

  static override styles = [
    panelStyles,
    css`
      .system { border-top: 1px solid var(--atlas-rule); padding: 8px 0 10px; }
      .system h4 { margin: 0 0 2px; font-size: 13.5px; }
      .headline { margin: 0; }
      .headline .value { display: inline; font-size: 20px; }
      .sub { margin: 8px 0 0; }
      .sub .value { display: inline; font-size: 15px; }
      .named { font-weight: 700; white-space: nowrap; }
      svg.series { width: 100%; height: auto; display: block; margin-top: 4px; }
      svg.series text { font-size: 12px; fill: var(--atlas-ink-soft); }
      svg.series text.v { font-size: 12px; font-weight: 700; fill: var(--atlas-ink); }
      details.series-table summary { font-size: 12px; color: var(--atlas-link); cursor: pointer; }
      details.series-table table { border-collapse: collapse; width: 100%; font-size: 12px; margin-top: 4px; }
      details.series-table th, details.series-table td { text-align: start; padding: 2px 4px; border-top: 1px solid var(--atlas-rule); vertical-align: top; }
      .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
      .group { margin: 10px 0; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 6px; }
      .group.conflict { border-left: 3px solid var(--atlas-caution); padding-left: 8px; }
      .conflict-note { font-size: 12px; color: var(--atlas-caution-ink); margin-bottom: 4px; }
      button.card { text-align: start; background: white; border: 1px solid var(--atlas-card-edge); border-radius: 6px; padding: 8px; display: block; width: 100%; }
      button.card:hover { border-color: var(--atlas-ink); }
      .value { display: block; font-size: 18px; font-weight: 700; font-variant-numeric: tabular-nums; }
      .label { display: block; margin: 2px 0 4px; }
      .src { display: block; font-size: 12px; color: var(--atlas-muted); }
    `,
  ];

  private select(id: string) {
    return () => emitAction(this, { type: 'select', id });
  }

  /** A series' latest figure as a line: value, label, as-of date and source. */
  private latest(p: SeriesPoint, lead: boolean, named: TemplateResult | string = '') {
    const l = this.lang;
    const src = p.source ? sourceLineHtml(p.source, l) : '';
    return html`<p class=${lead ? 'headline' : 'sub'}><span class="value">${formatFigureValue(p, l)}</span> ${p.label[l]}${named ? html` · ${named}` : ''}</p>
      <p class="src">${p.asOf ? `${t('asOf', l)} ${formatFuzzyDate(p.asOf, l)} · ` : ''}${src}</p>`;
  }

  private system(s: SystemSummary) {
    const l = this.lang;
    const p = s.record.properties;
    const named = s.members.length ? html`<span class="named">${tr('namedOnMap', l, { n: formatNumber(s.named, l) })}</span>` : '';
    return html`<section class="system" aria-labelledby=${`sys-${p.id}`}>
      <h4 id=${`sys-${p.id}`}><button class="link" @click=${this.select(p.id)}>${p.name[l]}</button></h4>
      ${s.headline ? '' : html`<p class="headline">${tr('members', l)} (${formatNumber(s.members.length, l)}) · ${named}</p>`}
      ${s.series.map((line, i) => {
        const latest = latestPoint(line.points);
        return html`${latest ? this.latest(latest, i === 0, i === 0 ? named : '') : ''}${seriesChart(line.points, l, latest ? latest.label[l] : p.name[l])}`;
      })}
    </section>`;
  }

  private card(r: AtlasRecord) {
    const l = this.lang;
    const p = r.properties;
    const f = p.figures[0];
    const src = f ? p.sources[f.source] : p.sources[0];
    const srcText = `${src ? readerSource(src, l).title : ''}${src?.locator ? ` · ${src.locator}` : ''}`;
    return html`<button class="card" @click=${this.select(p.id)}>
      <span class="value">${f ? formatFigureValue(f, l) : ''}</span>
      <span class="label">${f ? f.label[l] : p.name[l]}</span>
      <span class="src">${f?.asOf ? `${t('asOf', l)} ${formatFuzzyDate(f.asOf, l)} · ` : ''}<span lang=${ifDefined(langAttr(srcText, l))}>${srcText}</span></span>
    </button>`;
  }

  private group(g: readonly AtlasRecord[]) {
    const l = this.lang;
    const key = recordSeries(g[0]);
    // One count at several dates: chart it like a system's.
    const points = key && g.every((r) => recordSeries(r) === key) ? (seriesPoints(g).get(key) ?? []) : [];
    return html`<section class="group ${g.length > 1 ? 'conflict' : ''}" aria-label=${g[0].properties.name[l]}>
      ${g.length > 1 ? html`<div class="conflict-note">${g[0].properties.name[l]}</div>` : ''}
      <div class="cards">${g.map((r) => this.card(r))}</div>
      ${points.filter((pt) => pt.asOf).length > 1 ? seriesChart(points, l, g[0].properties.name[l]) : ''}
    </section>`;
  }

  override render() {
    const l = this.lang;
    return html`
      <h2>${t('figuresTitle', l)}</h2>
      <p class="muted">${t('figuresNote', l)}</p>
      ${this.systems.length ? html`<h3>${tr('systemsHeading', l)}</h3>${this.systems.map((s) => this.system(s))}<h3>${tr('otherFigures', l)}</h3>` : ''}
      ${this.groups.map((g) => this.group(g))}
    `;
  }
}

customElements.define('atlas-figures', AtlasFigures);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-figures': AtlasFigures;
  }
}
