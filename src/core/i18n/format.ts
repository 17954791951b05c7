/** Numbers and fuzzy dates through Intl, in the atlas's two languages. Pure. */
import type { Figure } from '../record.ts';
import type { Lang } from '../vocabulary.ts';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** Today's date written out ("2026年12月2日" / "2 December 2026"): the date line of prints and images. */
export function formatToday(lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long' }).format(new Date());
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/** "2019" | "2019-04" | "2019-04-25" → "2019年4月25日" / "25 April 2019", as precise as the source. */
export function formatFuzzyDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  // Noon UTC keeps the calendar day whatever the reader's time zone.
  const at = new Date(Date.UTC(y, (m || 1) - 1, d || 1, 12));
  const opts: Intl.DateTimeFormatOptions = d ? { year: 'numeric', month: 'long', day: 'numeric' } : m ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(LOCALE[lang], { ...opts, timeZone: 'UTC' }).format(at);
}

export function formatDateRange(date: string | undefined, endDate: string | undefined, lang: Lang): string {
  if (!date) return '';
  if (!endDate || endDate === date) return formatFuzzyDate(date, lang);
  return `${formatFuzzyDate(date, lang)} – ${formatFuzzyDate(endDate, lang)}`;
}

/** How each qualifier reads before a number ("80 多个" is more-than); shared by the panels and the CSV. */
export const QUALIFIER: Record<NonNullable<Figure['qualifier']>, Record<Lang, string>> = {
  exact: { zh: '', en: '' },
  'more-than': { zh: '超过', en: 'more than ' },
  about: { zh: '约', en: 'about ' },
  nearly: { zh: '近', en: 'nearly ' },
};

/** "more than 74,000 jobs created" / "超过74,000 创造就业岗位" style value line (label shown separately). */
export function formatFigureValue(f: Pick<Figure, 'value' | 'qualifier' | 'unit'>, lang: Lang): string {
  const q = QUALIFIER[f.qualifier ?? 'exact'][lang];
  const unit = f.unit ? (lang === 'zh' ? f.unit.zh : ` ${f.unit.en}`) : '';
  return `${q}${formatNumber(f.value, lang)}${unit}`;
}
