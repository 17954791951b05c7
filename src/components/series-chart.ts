/**
 * A series of figures over time as a small chart with labelled points (values above, years below), and the
 * same values with their sources as a table a reader can open (and a screen reader reads). No chart library:
 * a handful of points in an inline SVG.
 */
import { html, svg, type TemplateResult } from 'lit';
import { sourceLineHtml } from './source-line-html.ts';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatFigureValue, formatFuzzyDate, formatNumber } from '../core/i18n/format.ts';
import { langAttr } from '../core/i18n/lang-of.ts';
import { tr } from '../core/i18n/strings.ts';
import { CHART, chartPoints, type ChartPoint } from '../core/chart.ts';
import type { SeriesPoint } from '../core/systems.ts';
import type { Lang } from '../core/vocabulary.ts';
import { PALETTE } from '../core/palette.ts';

/** Just the chart (no table): the points of `core/chart.ts` as an inline SVG, values above, years below. */
export function seriesSvg(pts: readonly ChartPoint[], l: Lang): TemplateResult | string {
  if (pts.length < 2) return '';
  return html`<svg class="series" viewBox="0 0 ${CHART.width} ${CHART.height}" aria-hidden="true">
    <line x1="0" x2=${CHART.width} y1=${CHART.base} y2=${CHART.base} stroke=${PALETTE.axis}></line>
    <polyline points=${pts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} fill="none" stroke=${PALETTE.umber} stroke-width="2"></polyline>
    ${pts.map(
      (p) => svg`<circle cx=${p.x} cy=${p.y} r="3.5" fill=${PALETTE.umber}></circle>
        ${p.labelled ? svg`<text x=${p.x} y=${p.y - 6} text-anchor="middle" class="v">${formatNumber(p.value, l)}</text>
        <text x=${p.x} y=${CHART.height - 4} text-anchor="middle">${p.year}</text>` : ''}`,
    )}
  </svg>`;
}

/** The chart and the table of a series; nothing for a single figure (the line above it says it all). */
export function seriesChart(points: readonly SeriesPoint[], l: Lang, title: string): TemplateResult | string {
  if (points.length < 2) return '';
  const pts = chartPoints(points);
  return html`${seriesSvg(pts, l)}
    <details class="series-table">
      <summary>${tr('overTimeTable', l)}</summary>
      <table>
        <caption class="visually-hidden">${title} — ${tr('overTimeTable', l)}</caption>
        <thead><tr><th scope="col">${tr('asOfColumn', l)}</th><th scope="col">${tr('valueColumn', l)}</th><th scope="col">${tr('sourceColumn', l)}</th></tr></thead>
        <tbody>
          ${points.map((p) => {
            const src = p.source ? sourceLineHtml(p.source, l) : '';
            return html`<tr>
              <td>${p.asOf ? formatFuzzyDate(p.asOf, l) : tr('undatedPoint', l)}</td>
              <td>${formatFigureValue(p, l)} <span class="muted">“<span lang=${ifDefined(langAttr(p.asWritten, l))}>${p.asWritten}</span>”</span></td>
              <td>${src}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </details>`;
}
