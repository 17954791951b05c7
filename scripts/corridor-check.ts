/**
 * A transfer corridor is drawn only where a source names its partner country. The rule is mechanical:
 * at least one of the corridor's sources has a `title` or `locator` that contains a name of the partner
 * (countries[0]) — its zh or en name in src/core/countries.json, any English or Chinese name
 * i18n-iso-countries knows for it, or a short form in COUNTRY_ALIASES. Latin names match as whole words,
 * case-insensitively; before matching, longer names of other countries that contain the name are removed
 * (印度尼西亚 does not name 印度, South Sudan does not name Sudan). A region ("ASEAN", "金砖五国") names
 * no country. A locator that quotes a source in another language glosses the name in English.
 */
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import type { AtlasRecord } from '../src/core/record.ts';
import countryTable from '../src/core/countries.json' with { type: 'json' };
import type { Problem } from './problem.ts';

isoCountries.registerLocale(en);
isoCountries.registerLocale(zh);

/** Short and traditional forms the sources use that neither name list has. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  BGD: ['孟加拉'],
  BRN: ['Brunei'],
  LAO: ['Laos', '老撾'],
  SAU: ['沙特', 'Saudi'],
  VNM: ['Viet Nam'],
  MYS: ['馬來西亞'],
  RUS: ['俄羅斯'],
  KAZ: ['哈薩克斯坦'],
  UZB: ['烏茲別克斯坦'],
  KGZ: ['吉爾吉斯斯坦'],
  BLR: ['白俄羅斯'],
  PHL: ['菲律賓'],
  MMR: ['緬甸'],
  IDN: ['印度尼西亚', '印度尼西亞'],
};

const table = countryTable as Record<string, { zh: string; en: string }>;

/** Every name the rule accepts for a country (ISO alpha-3). */
export function partnerNames(iso3: string): string[] {
  const names = new Set<string>();
  const row = table[iso3];
  if (row) {
    names.add(row.zh);
    names.add(row.en);
  }
  for (const lang of ['en', 'zh']) {
    const n = isoCountries.getName(iso3, lang, { select: 'all' }) as string[] | undefined;
    for (const x of n ?? []) names.add(x);
  }
  for (const x of COUNTRY_ALIASES[iso3] ?? []) names.add(x);
  return [...names].filter(Boolean);
}

let allNamesCache: string[] | undefined;
function allNames(): string[] {
  allNamesCache ??= Object.keys(table).flatMap(partnerNames);
  return allNamesCache;
}

const isLatin = (s: string) => /^[\p{Script=Latin}\s'.,()-]+$/u.test(s);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does `text` name the country `iso3`? (Longer names of other countries that contain a name are removed first.) */
export function namesCountry(text: string, iso3: string): boolean {
  for (const name of partnerNames(iso3)) {
    let t = text;
    for (const longer of allNames()) {
      if (longer.length > name.length && longer.toLowerCase().includes(name.toLowerCase()) && !partnerNames(iso3).includes(longer)) {
        t = t.split(longer).join(' ');
      }
    }
    const hit = isLatin(name) ? new RegExp(`(^|[^\\p{L}])${escape(name)}($|[^\\p{L}])`, 'iu').test(t) : t.includes(name);
    if (hit) return true;
  }
  return false;
}

/** Every transfer corridor has a source whose title or locator names its partner country. */
export function checkCorridorPartners(records: AtlasRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    const p = r.properties;
    if (p.kind !== 'transfer-corridor') continue;
    const partner = p.countries[0];
    if (!partner) continue; // the build requires exactly one; nothing to name
    const named = p.sources.some((s) => namesCountry(`${s.title}\n${s.locator ?? ''}`, partner));
    if (!named) {
      problems.push({
        check: 'corridor-partner',
        id: p.id,
        field: 'properties.sources',
        message: `no source's title or locator names the partner country ${partner} (${partnerNames(partner).slice(0, 3).join(' / ')}): quote where the source names it, or remove the corridor`,
      });
    }
  }
  return problems;
}
