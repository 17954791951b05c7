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

export interface CalloutText {
  value: string;
  label: string;
  /** "as of <date>", or '' when the figure has no date. */
  asOf: string;
  /** The source's title as a reader sees it (a policy text by its title, never its file). */
  source: string;
  /** Both, as one line: "as of <date> · <source>". */
  note: string;
}

export function calloutText(r: AtlasRecord | undefined, figure: number | undefined, lang: Lang): CalloutText | null {
  const f = r?.properties.figures[figure ?? 0];
  if (!r || !f) return null;
  const src = r.properties.sources[f.source];
  const asOf = f.asOf ? `${t('asOf', lang)} ${formatFuzzyDate(f.asOf, lang)}` : '';
  const source = src ? readerSource(src, lang).title : '';
  return { value: formatFigureValue(f, lang), label: f.label[lang], asOf, source, note: [asOf, source].filter(Boolean).join(' · ') };
}
