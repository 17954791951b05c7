import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

export interface CountryRow {
  /** ISO 3166-1 numeric code as world-atlas writes it ("156"). */
  n: string;
  zh: string;
  en: string;
}

countries.registerLocale(en);
countries.registerLocale(zh);

/** alpha-3 → names, sorted by code so the generated file diffs cleanly. */
export function buildCountryTable(): Record<string, CountryRow> {
  const table: Record<string, CountryRow> = {};
  for (const a3 of Object.keys(countries.getAlpha3Codes()).sort()) {
    const n = countries.alpha3ToNumeric(a3);
    const nameEn = countries.getName(a3, 'en', { select: 'alias' });
    const nameZh = countries.getName(a3, 'zh', { select: 'alias' });
    if (!n || !nameEn || !nameZh) continue;
    table[a3] = { n, zh: nameZh, en: nameEn };
  }
  return table;
}
