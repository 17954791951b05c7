import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import worldCountries from 'world-countries';
import type { Region } from '../src/core/vocabulary.ts';

export interface CountryRow {
  /** ISO 3166-1 numeric code as world-atlas writes it ("156"). */
  n: string;
  zh: string;
  en: string;
  /** Region for the region filter, from the UN M49 subregion; absent for Antarctica and the like. */
  r?: Region;
}

countries.registerLocale(en);
countries.registerLocale(zh);

/** UN M49 subregion (as world-countries spells it) → atlas region. Every European and African subregion is one region. */
const SUBREGION_TO_REGION: Readonly<Record<string, Region>> = {
  'Eastern Asia': 'east-asia',
  'South-Eastern Asia': 'southeast-asia',
  'Southern Asia': 'south-asia',
  'Central Asia': 'central-asia',
  'Western Asia': 'west-asia',
  'South America': 'latin-america',
  'Central America': 'latin-america',
  Caribbean: 'latin-america',
  'North America': 'north-america',
  'Northern America': 'north-america',
  'Australia and New Zealand': 'oceania',
  Melanesia: 'oceania',
  Micronesia: 'oceania',
  Polynesia: 'oceania',
};

/**
 * Where world-countries' subregion puts a country in a different atlas region than UN M49 does.
 * M49: Cyprus is in Western Asia; Mexico in Central America (Latin America); US Minor Outlying Islands in Micronesia.
 */
const M49_OVERRIDES: Readonly<Record<string, Region>> = { CYP: 'west-asia', MEX: 'latin-america', UMI: 'oceania' };

/** world-countries' code → i18n-iso-countries' code, where the two differ (Kosovo is user-assigned). */
const CODE_ALIASES: Readonly<Record<string, string>> = { UNK: 'XKK' };

/** alpha-3 → atlas region, from world-countries' region/subregion plus the M49 overrides. */
export function buildRegionTable(): Map<string, Region> {
  const out = new Map<string, Region>();
  for (const c of worldCountries) {
    const a3 = CODE_ALIASES[c.cca3] ?? c.cca3;
    let r: Region | undefined;
    if (c.region === 'Europe') r = 'europe';
    else if (c.region === 'Africa') r = 'africa';
    else r = SUBREGION_TO_REGION[c.subregion];
    r = M49_OVERRIDES[a3] ?? r;
    if (r) out.set(a3, r);
  }
  return out;
}

/** alpha-3 → names and region, sorted by code so the generated file diffs cleanly. */
export function buildCountryTable(): Record<string, CountryRow> {
  const regions = buildRegionTable();
  const table: Record<string, CountryRow> = {};
  for (const a3 of Object.keys(countries.getAlpha3Codes()).sort()) {
    const n = countries.alpha3ToNumeric(a3);
    const nameEn = countries.getName(a3, 'en', { select: 'alias' });
    const nameZh = countries.getName(a3, 'zh', { select: 'alias' });
    if (!n || !nameEn || !nameZh) continue;
    const r = regions.get(a3);
    table[a3] = r ? { n, zh: nameZh, en: nameEn, r } : { n, zh: nameZh, en: nameEn };
  }
  return table;
}
