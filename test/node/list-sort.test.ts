import { describe, expect, it } from 'vitest';
import { COMPACT_COLUMNS, LIST_COLUMNS, sortList, type ListColumn } from '../../src/core/list-sort.ts';
import { CONFIDENCE_SHORT, LIST_COLUMN_LABELS, PRECISION_SHORT } from '../../src/core/i18n/list-strings.ts';
import { rec } from '../fixtures/record.ts';

// Names in both languages so the collator's order differs by language (pinyin in Chinese).
const records = [
  rec({ id: 'b', name: { en: 'Beta lab', zh: '北京实验室' }, kind: 'joint-lab', fields: ['energy'], countries: ['KEN'], date: '2017', confidence: 'reported', precision: 'city' }),
  rec({ id: 'a', name: { en: 'Alpha park', zh: '上海园区' }, kind: 'park', fields: ['digital'], countries: ['EGY'], date: '2020', confidence: 'stated', precision: 'site' }),
  rec({ id: 'c', name: { en: 'Gamma lab', zh: '阿拉木图实验室' }, kind: 'joint-lab', fields: [], countries: [], confidence: 'inferred', precision: 'country' }),
  rec({ id: 'd', name: { en: 'Delta event 10', zh: '大会10' }, kind: 'event', fields: ['agriculture'], countries: ['PAK', 'KEN'], date: '2015-05', confidence: 'stated', precision: 'city' }),
  rec({ id: 'e', name: { en: 'Delta event 9', zh: '大会9' }, kind: 'event', fields: ['energy'], countries: ['SRB'], date: '2017', confidence: 'stated', precision: 'site' }),
];
const ids = (column: ListColumn, lang: 'en' | 'zh', descending = false) => sortList(records, { column, descending }, lang).map((r) => r.properties.id);

describe('the list order', () => {
  it.each<[ListColumn, 'en' | 'zh', string[]]>([
    // Numbers inside names in numeric order ("9" before "10").
    ['name', 'en', ['a', 'b', 'e', 'd', 'c']],
    // Pinyin: a(阿) b(北) d(大会) s(上海).
    ['name', 'zh', ['c', 'b', 'e', 'd', 'a']],
    // Kinds in the legend's order, then by name.
    ['kind', 'en', ['b', 'c', 'a', 'e', 'd']],
    // Undated last; ties by name.
    ['year', 'en', ['d', 'b', 'e', 'a', 'c']],
    ['confidence', 'en', ['a', 'e', 'd', 'b', 'c']],
    ['precision', 'en', ['a', 'e', 'b', 'd', 'c']],
    // First field's label: Agriculture, Digital, Energy, Energy, none last.
    ['field', 'en', ['d', 'a', 'b', 'e', 'c']],
    // Egypt, Kenya, Pakistan+Kenya, Serbia, none last.
    ['countries', 'en', ['a', 'b', 'd', 'e', 'c']],
  ])('by %s (%s)', (column, lang, expected) => {
    expect(ids(column, lang)).toEqual(expected);
  });

  it('descending is the ascending order reversed, undated first', () => {
    expect(ids('year', 'en', true)).toEqual([...ids('year', 'en')].reverse());
  });

  it('does not change its input, and a subset sorts like the whole (ranks made from the whole dataset)', () => {
    const before = records.map((r) => r.properties.id);
    const subset = records.filter((r) => r.properties.id !== 'b');
    expect(sortList(subset, { column: 'name', descending: false }, 'en', records).map((r) => r.properties.id)).toEqual(['a', 'e', 'd', 'c']);
    expect(records.map((r) => r.properties.id)).toEqual(before);
  });

  it('the compact panel keeps name, kind, countries and year; every column has words in both languages', () => {
    expect(COMPACT_COLUMNS).toEqual(['name', 'kind', 'countries', 'year']);
    for (const c of LIST_COLUMNS) for (const l of ['zh', 'en'] as const) expect(LIST_COLUMN_LABELS[c][l]).toMatch(/\S/);
    for (const table of [CONFIDENCE_SHORT, PRECISION_SHORT]) for (const v of Object.values(table)) expect(v.zh && v.en).toBeTruthy();
  });
});
