/**
 * A story call-out as text: a figure's value, its label, and when and where it comes from. The number
 * and its source always come from the dataset record, never from the story's own words; the presenter
 * shows this on screen and the slide export draws the same lines into the image.
 */
import type { AtlasRecord } from './record.ts';
import type { Lang } from './vocabulary.ts';
import { formatFigureValue, formatFuzzyDate } from './i18n/format.ts';
import { t } from './i18n/strings.ts';
import { readerSource } from './policy-texts.ts';
import { chartPoints, type ChartPoint } from './chart.ts';
import type { SeriesPoint } from './systems.ts';

export interface CalloutText {
  value: string;
  label: string;
  /** "as of <date>", or '' when the figure has no date. */
  asOf: string;
  /** The source's title as a reader sees it (a policy text by its title, never its file). */
  source: string;
  /** Both, as one line: "as of <date> · <source>". */
  note: string;
  /**
   * The figure's series over time, in the chart box of `core/chart.ts`, when the call-out asks for a chart
   * and the series has at least two dated points; else empty.
   */
  chart: ChartPoint[];
}

/** `series` (every series of the dataset, from `seriesPoints`) is passed only when the call-out wants a chart. */
export function calloutText(
  r: AtlasRecord | undefined,
  figure: number | undefined,
  lang: Lang,
  series?: ReadonlyMap<string, readonly SeriesPoint[]>,
): CalloutText | null {
  const f = r?.properties.figures[figure ?? 0];
  if (!r || !f) return null;
  const src = r.properties.sources[f.source];
  const asOf = f.asOf ? `${t('asOf', lang)} ${formatFuzzyDate(f.asOf, lang)}` : '';
  const source = src ? readerSource(src, lang).title : '';
  const points = f.series ? (series?.get(f.series) ?? []) : [];
  const chart = points.filter((p) => p.asOf).length > 1 ? chartPoints(points) : [];
  return { value: formatFigureValue(f, lang), label: f.label[lang], asOf, source, note: [asOf, source].filter(Boolean).join(' · '), chart };
}
