/**
 * The list's columns and its order: which columns the compact panel and the wide table show, and the
 * records sorted by one column. Pure (no DOM): the list element renders what this returns.
 */
import type { AtlasRecord } from './record.ts';
import { CONFIDENCES, KINDS, PRECISIONS, type Lang } from './vocabulary.ts';
import { FIELD_LABELS } from './i18n/strings.ts';
import { countryName } from './i18n/country-name.ts';

export const LIST_COLUMNS = ['name', 'kind', 'field', 'countries', 'year', 'confidence', 'precision'] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

/** The compact panel (340 px) keeps the columns a reader scans a list by; the wide table shows them all. */
export const COMPACT_COLUMNS: readonly ListColumn[] = ['name', 'kind', 'countries', 'year'];

export interface ListOrder {
  column: ListColumn;
  descending: boolean;
}

/** Ranks for the columns whose order is the vocabulary's (most certain first), not the alphabet's. */
const RANK = {
  kind: new Map<string, number>(KINDS.map((k, i) => [k, i])),
  confidence: new Map<string, number>(CONFIDENCES.map((c, i) => [c, i])),
  precision: new Map<string, number>(PRECISIONS.map((p, i) => [p, i])),
};

/** The countries a row names, in the reader's language (the list shows the first five). */
export function countryNames(r: AtlasRecord, lang: Lang): string[] {
  return r.properties.countries.map((c) => countryName(c, lang));
}

/**
 * One key per record for `column`: a number where the column has an order of its own (year, confidence,
 * precision), else text for the collator. Rows without a value (undated, no field, no country) sort last
 * going up, as "9999" and "\uffff" do.
 */
function keyOf(r: AtlasRecord, column: ListColumn, lang: Lang): string | number {
  const p = r.properties;
  switch (column) {
    case 'name':
      return p.name[lang];
    case 'kind':
      // Kinds in the legend's order (then by name, the tie-break of every column).
      return RANK.kind.get(p.kind) ?? 99;
    case 'field':
      return p.fields.length ? FIELD_LABELS[p.fields[0]][lang] : '\uffff';
    case 'countries':
      return p.countries.length ? countryNames(r, lang).join(',') : '\uffff';
    case 'year':
      return p.date ? Number(p.date.slice(0, 4)) : 9999;
    case 'confidence':
      return RANK.confidence.get(p.confidence) ?? 99;
    case 'precision':
      return RANK.precision.get(p.precision) ?? 99;
  }
}

/** Each record's place among `universe` by name in `lang`, made once per dataset and language. */
const nameRankCache = new WeakMap<readonly AtlasRecord[], Partial<Record<Lang, Map<AtlasRecord, number>>>>();

function nameRanks(universe: readonly AtlasRecord[], lang: Lang, collator: Intl.Collator): Map<AtlasRecord, number> {
  let byLang = nameRankCache.get(universe);
  if (!byLang) nameRankCache.set(universe, (byLang = {}));
  let ranks = byLang[lang];
  if (!ranks) {
    const names = universe.map((r) => r.properties.name[lang]);
    const order = Array.from({ length: universe.length }, (_, i) => i).sort((a, b) => collator.compare(names[a], names[b]));
    ranks = new Map(order.map((idx, rank) => [universe[idx], rank]));
    byLang[lang] = ranks;
  }
  return ranks;
}

/** Text keys as numbers: the distinct values sorted once by the collator (a few dozen fields, some hundreds of country lists). */
function textRanks(keys: readonly (string | number)[], collator: Intl.Collator): number[] {
  const distinct = [...new Set(keys.map(String))].sort(collator.compare);
  const rank = new Map(distinct.map((k, i) => [k, i]));
  return keys.map((k) => rank.get(String(k))!);
}

/**
 * `records` sorted by `order.column` (ties by name), a new array; the input is not changed. Every key is
 * turned into a number first, so the sort itself compares numbers: names are ranked once per dataset
 * (`universe`, the whole dataset the filtered `records` come from) and language by one collator (pinyin
 * order in Chinese), other text columns by their distinct values. 17,000 rows then sort in milliseconds;
 * a collator call per comparison costs a tenth of a second.
 */
export function sortList(records: readonly AtlasRecord[], order: ListOrder, lang: Lang, universe: readonly AtlasRecord[] = records): AtlasRecord[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  const ranks = nameRanks(universe, lang, collator);
  const n = records.length;
  const name = Float64Array.from(records, (r) => ranks.get(r) ?? n + 1);
  const { column } = order;
  const raw = column === 'name' ? null : records.map((r) => keyOf(r, column, lang));
  const key = raw === null ? null : raw.every((k) => typeof k === 'number') ? (raw as number[]) : textRanks(raw, collator);
  const dir = order.descending ? -1 : 1;
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => dir * ((key ? key[a] - key[b] : 0) || name[a] - name[b]));
  return idx.map((i) => records[i]);
}
