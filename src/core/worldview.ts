/**
 * Worldviews: which boundaries the map draws and how records are counted by country. `cn` is China's view
 * as Natural Earth records it (Taiwan, Hong Kong and Macao within China, Arunachal Pradesh and the other
 * areas Natural Earth gives to China in its view, the nine-dash line); `de-facto` is Natural Earth's de
 * facto lines. Pure: the basemap files themselves are built by scripts/build-worldviews.ts.
 */
import { t } from './i18n/strings.ts';
import type { AtlasRecord } from './record.ts';
import type { Lang } from './vocabulary.ts';

export const WORLDVIEWS = ['cn', 'de-facto'] as const;
export type Worldview = (typeof WORLDVIEWS)[number];

/** Counted under China in its view (ISO alpha-3). */
const WITHIN_CHINA = new Set(['TWN', 'HKG', 'MAC']);

/** A first visit in Chinese opens China's view, in English the de facto one (an explicit choice wins). */
export function defaultWorldview(lang: Lang): Worldview {
  return lang === 'zh' ? 'cn' : 'de-facto';
}

export function readWorldview(raw: unknown): Worldview | null {
  return typeof raw === 'string' && (WORLDVIEWS as readonly string[]).includes(raw.trim()) ? (raw.trim() as Worldview) : null;
}

/** The country a record in `a3` counts under in the view. */
export function countryInView(a3: string, view: Worldview): string {
  return view === 'cn' && WITHIN_CHINA.has(a3) ? 'CHN' : a3;
}

/** Country codes as the view counts them: mapped, deduplicated, order kept; the same array when nothing changes. */
export function countriesInView(list: readonly string[], view: Worldview): readonly string[] {
  if (view !== 'cn' || !list.some((a3) => WITHIN_CHINA.has(a3))) return list;
  return [...new Set(list.map((a3) => countryInView(a3, view)))];
}

/**
 * The records as the view counts them: in `cn`, a record naming Taiwan, Hong Kong or Macao (as a partner or
 * as an institution's country) names China instead, so the country profile, choropleth, filters, list and
 * downloads all agree with the map. Records that need no change are the same objects, and the whole array
 * is the same array when none does (the bundled dataset), so nothing downstream recomputes for nothing.
 */
export function recordsInView(records: readonly AtlasRecord[], view: Worldview): readonly AtlasRecord[] {
  if (view !== 'cn') return records;
  let changed = false;
  const out = records.map((r) => {
    const p = r.properties;
    const countries = countriesInView(p.countries, view) as string[];
    const moved = p.institutions.some((i) => WITHIN_CHINA.has(i.country));
    if (countries === p.countries && !moved) return r;
    changed = true;
    const institutions = moved ? p.institutions.map((i) => ({ ...i, country: countryInView(i.country, view) })) : p.institutions;
    return { ...r, properties: { ...p, countries, institutions } };
  });
  return changed ? out : records;
}

const CREDIT = { cn: 'boundariesCn', 'de-facto': 'boundariesDeFacto', custom: 'boundariesCustom' } as const;

/** The footer's and every export's boundary line: the source and the view, in the reader's language. */
export function boundaryCredit(lang: Lang, view: Worldview | 'custom'): string {
  return t(CREDIT[view], lang);
}
