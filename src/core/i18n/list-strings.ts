/** The list's own words: its columns, the wide-table switch and the short labels a table cell has room for. Pure. */
import type { Confidence, Lang, Precision } from '../vocabulary.ts';
import type { ListColumn } from '../list-sort.ts';

type Both = Record<Lang, string>;

export const LIST_COLUMN_LABELS: Record<ListColumn, Both> = {
  name: { zh: '名称', en: 'Name' },
  kind: { zh: '类型', en: 'Kind' },
  field: { zh: '领域', en: 'Field' },
  countries: { zh: '国家', en: 'Countries' },
  year: { zh: '年份', en: 'Year' },
  confidence: { zh: '可信度', en: 'Confidence' },
  precision: { zh: '位置精度', en: 'Precision' },
};

/** A cell's short form of the details panel's longer wording (core/i18n/strings.ts). */
export const CONFIDENCE_SHORT: Record<Confidence, Both> = {
  stated: { zh: '明确记载', en: 'Stated' },
  reported: { zh: '公开报道', en: 'Reported' },
  inferred: { zh: '推断', en: 'Inferred' },
};

export const PRECISION_SHORT: Record<Precision, Both> = {
  site: { zh: '具体地点', en: 'Site' },
  city: { zh: '城市', en: 'City' },
  country: { zh: '国家', en: 'Country' },
  region: { zh: '区域', en: 'Region' },
};

export const LIST_UI = {
  wide: { zh: '宽表格', en: 'Wide table' },
  wideHint: { zh: '全宽显示所有列；Esc 返回', en: 'All columns, full width; Esc goes back' },
  compact: { zh: '收起表格', en: 'Compact list' },
  sortHint: { zh: '点击列标题排序', en: 'Sort by a column heading' },
} satisfies Record<string, Both>;

export function tlist(key: keyof typeof LIST_UI, lang: Lang): string {
  return LIST_UI[key][lang];
}
