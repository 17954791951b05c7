/**
 * Country names in Chinese and English → ISO 3166-1 alpha-3.
 *
 * Names come from the project's country table (src/core/countries.json), i18n-iso-countries (every zh and en
 * name it knows) and world-countries (common and official names, Chinese translations, longer alternative
 * spellings), plus the short forms these texts use (印尼, 沙特, 蒙古国) and one misspelling the seeds print
 * (吉尔吉斯坦). Chinese text also abbreviates a pair as 中X ("中老铁路", "中葡联合实验室", "中加创新对话"); such a
 * form is read only before words that mark a bilateral relation, and an ambiguous one (中巴: Pakistan or
 * Brazil?) only when one candidate's full name occurs in the same text.
 */
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import worldCountries from 'world-countries';
import countryTable from '../../src/core/countries.json' with { type: 'json' };

isoCountries.registerLocale(en);
isoCountries.registerLocale(zh);

export interface CountryMention {
  start: number;
  end: number;
  iso3: string;
  /** "name" for a written-out name, "pair" for a 中X abbreviation. */
  form: 'name' | 'pair';
}

const ZH_EXTRA: Record<string, string> = {
  印度尼西亚: 'IDN', 沙特: 'SAU', 蒙古国: 'MNG', 吉尔吉斯坦: 'KGZ', 乌兹别克: 'UZB', 孟加拉: 'BGD', 埃塞: 'ETH', 白俄: 'BLR',
  刚果金: 'COD', 刚果布: 'COG', 台湾: 'TWN', 马其顿: 'MKD', 东帝汶: 'TLS', 土库曼: 'TKM', 塔吉克: 'TJK', 哈萨克: 'KAZ',
};
const EN_EXTRA: Record<string, string> = { 'Lao PDR': 'LAO', Burma: 'MMR', Britain: 'GBR', 'Viet Nam': 'VNM', 'Kyrgyz Republic': 'KGZ', PRC: 'CHN', KSA: 'SAU' };
/** Names that are also ordinary words or regions, never read as countries. */
const ZH_NOT_COUNTRY = new Set(['中非']);
const EN_SHORT_OK = new Set(['UAE', 'USA', 'UK', 'US', 'U.S.', 'U.S.A.', 'PRC', 'KSA']);
/** Contexts where a name is part of another word: 内蒙古 (Inner Mongolia), 欧美国家, 合法国家, 增加纳入, 法赫德国王 (King Fahd). */
const ZH_FALSE = /内蒙古|欧美国|美国家|[合非违立执司宪依]法国|[增参施追附添更]加纳|赫德国|德国王/u;

function buildTables(): { zh: Map<string, string>; en: Map<string, string> } {
  const zhMap = new Map<string, string>();
  const enMap = new Map<string, string>();
  const addZh = (name: string | undefined, iso3: string) => {
    if (name && !ZH_NOT_COUNTRY.has(name) && !zhMap.has(name)) zhMap.set(name, iso3);
  };
  const addEn = (name: string | undefined, iso3: string) => {
    if (!name || /[,()]/.test(name) || (name.length <= 3 && !EN_SHORT_OK.has(name))) return;
    if (!enMap.has(name)) enMap.set(name, iso3);
  };
  for (const [iso3, row] of Object.entries(countryTable as Record<string, { zh: string; en: string }>)) {
    addZh(row.zh, iso3);
    addEn(row.en, iso3);
  }
  const zhAll = isoCountries.getNames('zh', { select: 'all' });
  const enAll = isoCountries.getNames('en', { select: 'all' });
  for (const [a2, names] of Object.entries(zhAll)) names.forEach((n) => addZh(n.replace(/（.*）$/u, (m) => m), isoCountries.alpha2ToAlpha3(a2) ?? ''));
  for (const [a2, names] of Object.entries(enAll)) names.forEach((n) => addEn(n, isoCountries.alpha2ToAlpha3(a2) ?? ''));
  for (const c of worldCountries) {
    const iso3 = c.cca3 === 'UNK' ? 'XKK' : c.cca3;
    addZh(c.translations.zho?.common, iso3);
    addZh(c.translations.zho?.official, iso3);
    addEn(c.name.common, iso3);
    addEn(c.name.official, iso3);
    c.altSpellings.forEach((a) => addEn(a, iso3));
  }
  for (const [n, iso3] of Object.entries(ZH_EXTRA)) zhMap.set(n, iso3);
  for (const [n, iso3] of Object.entries(EN_EXTRA)) enMap.set(n, iso3);
  for (const m of [zhMap, enMap]) for (const [k, val] of m) if (!val) m.delete(k);
  return { zh: zhMap, en: enMap };
}

let tables: ReturnType<typeof buildTables> | undefined;
let zhRe: RegExp | undefined;
let enRe: RegExp | undefined;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchers(): { zh: Map<string, string>; en: Map<string, string>; zhRe: RegExp; enRe: RegExp } {
  tables ??= buildTables();
  const byLength = (m: Map<string, string>) => [...m.keys()].sort((a, b) => b.length - a.length).map(escape);
  zhRe ??= new RegExp(byLength(tables.zh).join('|'), 'gu');
  enRe ??= new RegExp(`(?<![\\w.])(?:the\\s+)?(?:${byLength(tables.en).join('|')})(?![\\w])`, 'gu');
  return { ...tables, zhRe, enRe };
}

/** ISO alpha-3 of a country name (zh or en), or undefined. */
export function countryCode(name: string): string | undefined {
  const t = matchers();
  return t.zh.get(name) ?? t.en.get(name.replace(/^the\s+/i, ''));
}

/** Chinese name of a country (from the project's table). */
export function countryNameZh(iso3: string): string | undefined {
  return (countryTable as Record<string, { zh: string }>)[iso3]?.zh;
}

/** One-character (or two) abbreviations in 中X pairs, with the countries each may stand for. */
const PAIR: Record<string, string[]> = {
  埃塞: ['ETH'], 印尼: ['IDN'], 埃: ['EGY'], 葡: ['PRT'], 塞: ['SRB', 'CYP', 'SEN'], 老: ['LAO'], 南: ['ZAF'], 俄: ['RUS'], 加: ['CAN', 'GHA'],
  巴: ['PAK', 'BRA'], 泰: ['THA'], 印: ['IND', 'IDN'], 新: ['SGP', 'NZL'], 以: ['ISR'], 意: ['ITA'], 蒙: ['MNG'], 哈: ['KAZ'], 乌: ['UZB', 'UKR'],
  吉: ['KGZ'], 塔: ['TJK'], 土: ['TUR', 'TKM'], 肯: ['KEN'], 沙: ['SAU'], 美: ['USA'], 英: ['GBR'], 法: ['FRA'], 德: ['DEU'], 日: ['JPN'],
  韩: ['KOR'], 越: ['VNM'], 缅: ['MMR'], 柬: ['KHM'], 菲: ['PHL'], 马: ['MYS', 'MDV'], 文: ['BRN'], 孟: ['BGD'], 尼: ['NPL', 'NGA'], 斯: ['LKA'],
  匈: ['HUN'], 波: ['POL'], 捷: ['CZE'], 希: ['GRC'], 白: ['BLR'], 拉: ['LVA'], 立: ['LTU'], 克: ['HRV'], 罗: ['ROU'], 保: ['BGR'], 黑: ['MNE'],
  坦: ['TZA'], 赞: ['ZMB'], 津: ['ZWE'], 古: ['CUB'], 智: ['CHL'], 秘: ['PER'], 墨: ['MEX'], 澳: ['AUS'],
};
/** What follows a 中X pair when it names two countries (not 中南半岛, 中新社, 中美洲, 中意的 …). */
const PAIR_NEXT = '两国|双方|之间|联合|合作|友好|建交|铁路|关系|科技|创新|技术|经济走廊|人员|政府|战略|矿产|林业|能源|农业|医药|海洋|高铁|产业|文化|教育|青年';
const PAIR_RE = new RegExp(`中(${Object.keys(PAIR).sort((a, b) => b.length - a.length).join('|')})(?=${PAIR_NEXT})`, 'gu');

/** Every country mention in a text: written names (zh, en) and 中X pairs resolved against those names. */
export function findCountries(text: string): CountryMention[] {
  const t = matchers();
  const out: CountryMention[] = [];
  for (const m of text.matchAll(t.zhRe)) {
    const start = m.index ?? 0;
    const around = text.slice(Math.max(0, start - 1), start + m[0].length + 1);
    if (ZH_FALSE.test(around)) continue;
    out.push({ start, end: start + m[0].length, iso3: t.zh.get(m[0]) ?? '', form: 'name' });
  }
  for (const m of text.matchAll(t.enRe)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, iso3: t.en.get(m[0].replace(/^the\s+/i, '')) ?? '', form: 'name' });
  }
  const named = new Set(out.map((c) => c.iso3));
  for (const m of text.matchAll(PAIR_RE)) {
    const options = PAIR[m[1]];
    const present = options.filter((o) => named.has(o));
    const iso3 = present.length === 1 ? present[0] : options.length === 1 ? options[0] : undefined;
    const start = m.index ?? 0;
    if (iso3) out.push({ start, end: start + m[0].length, iso3, form: 'pair' });
  }
  return out.filter((c) => c.iso3).sort((a, b) => a.start - b.start);
}
