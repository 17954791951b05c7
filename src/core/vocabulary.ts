/**
 * The atlas's controlled vocabularies in one place: record kinds, cooperation fields, regional groupings,
 * precisions, confidences, statuses, filter regions and the two languages. Everything else (the record
 * schema, the state, the filters, the layers) imports them from here, so no folder depends on another
 * for a word list. Pure: no imports at all.
 */

/** The two languages the atlas speaks. */
export type Lang = 'zh' | 'en';

/** A lowercase slug (record ids, story ids, series keys): words of a–z and 0–9 joined by hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];

/** Narrows untrusted input (an attribute, a URL key, a message) to a Lang, or null. */
export function asLang(v: unknown): Lang | null {
  return v === 'zh' || v === 'en' ? v : null;
}

export const KINDS = [
  'partner-country',
  'joint-lab',
  'park',
  'demo-centre',
  'transfer-centre',
  'organisation',
  'event',
  'agreement',
  'transfer-corridor',
  'flagship-corridor',
  'programme',
  'figure',
] as const;
export type Kind = (typeof KINDS)[number];

/** Kinds drawn as a symbol at a point. */
export const POINT_KINDS = [
  'joint-lab',
  'park',
  'demo-centre',
  'transfer-centre',
  'organisation',
  'event',
  'agreement',
] as const satisfies readonly Kind[];
export type PointKind = (typeof POINT_KINDS)[number];

/** Controlled vocabulary of cooperation fields. */
export const FIELDS = [
  'agriculture',
  'energy',
  'health',
  'transport',
  'space',
  'ocean',
  'digital',
  'environment',
  'materials',
  'mining',
  'education',
  'heritage',
  'innovation',
] as const;
export type Field = (typeof FIELDS)[number];

/** Regional groupings a record may address as a whole (the seeds speak of "ASEAN", "Arab States" …). */
export const GROUPS = [
  'asean',
  'south-asia',
  'central-asia',
  'arab-states',
  'africa',
  'latin-america',
  'ceec',
  'sco',
  'brics',
] as const;
export type Group = (typeof GROUPS)[number];

export const PRECISIONS = ['site', 'city', 'country', 'region'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** stated: said in a seed; reported: said by a cited public page; inferred: our reading, shown as such. */
export const CONFIDENCES = ['stated', 'reported', 'inferred'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const STATUSES = ['planned', 'active', 'completed', 'signed', 'unclear'] as const;

/** World regions used by the region filter, derived from a partner country's UN subregion. */
export const REGIONS = [
  'east-asia',
  'southeast-asia',
  'south-asia',
  'central-asia',
  'west-asia',
  'europe',
  'africa',
  'latin-america',
  'north-america',
  'oceania',
] as const;
export type Region = (typeof REGIONS)[number];

/** The browser's preferred language reduced to the two the atlas speaks. */
export function pickLang(preferred: readonly string[] | undefined): Lang {
  for (const l of preferred ?? []) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}
