/**
 * The one record model of the atlas, as a valibot schema.
 *
 * This file is the single source of truth: TypeScript types are inferred from it, the loader validates
 * every feature with it, and `data/atlas.schema.json` (the published JSON Schema that embedders'
 * datasets follow) is generated from it by `scripts/gen-schema.ts`. Pure: no map, deck or lit imports.
 */
import * as v from 'valibot';
import { CONFIDENCES, FIELDS, GROUPS, KINDS, PRECISIONS, SLUG, STATUSES, type Kind } from './vocabulary.ts';

/** Bumped when a dataset that was valid stops being valid. */
export const SCHEMA_VERSION = '1.0.0';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(4000, 'is too long (over 4000 characters)'));

/** A text in both languages; neither may be empty. */
export const Bilingual = v.strictObject({ zh: nonEmpty, en: nonEmpty });
export type Bilingual = v.InferOutput<typeof Bilingual>;

/** Year, year-month or full date: "2019", "2019-04", "2019-04-25". */
export const FuzzyDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

const Iso3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code'));

export const Source = v.pipe(
  v.strictObject({
    /** File name of a seed text in shared/seeds, e.g. "001_623cb183ae81130a.txt". */
    seed: v.optional(v.pipe(v.string(), v.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name'))),
    /** Address of a public page. */
    url: v.optional(v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:/, 'must be http(s)'))),
    title: nonEmpty,
    /** Our English translation of a title given in another language (a download also cites a policy text this way). */
    titleEn: v.optional(nonEmpty),
    publisher: v.optional(nonEmpty),
    date: v.optional(FuzzyDate),
    /** Where in the source: a paragraph, a speaker, a short quotation of the figure. */
    locator: v.optional(nonEmpty),
  }),
  // A source is a stored text (seed), a page (url), or, as downloads cite policy texts, a publication named by
  // its title alone; the bundled dataset must give a seed or url (scripts/dataset-checks.ts checks that).
  v.check((s) => !(s.seed && s.url), 'has both seed and url: give one'),
);
export type Source = v.InferOutput<typeof Source>;

export const Figure = v.strictObject({
  value: v.pipe(v.number(), v.finite('must be a finite number')),
  /** How the source qualifies the number: "80 多个" is more-than, "近十家" is nearly. */
  qualifier: v.optional(v.picklist(['exact', 'more-than', 'about', 'nearly'])),
  unit: v.optional(Bilingual),
  label: Bilingual,
  asOf: v.optional(FuzzyDate),
  /** The number exactly as the source writes it, e.g. "53家" or "7.4 万"; checked against seed text. */
  asWritten: nonEmpty,
  /** Index into the record's `sources`. */
  source: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /**
   * The series this figure is a point of (e.g. "br-joint-labs": 14 → 33 → 53), so figures of one series
   * across records and sources chart as one line, and only figures of one series are compared as conflicts.
   */
  series: v.optional(v.pipe(v.string(), v.regex(SLUG, 'must be a lowercase slug'))),
});
export type Figure = v.InferOutput<typeof Figure>;

export const Institution = v.strictObject({
  name: Bilingual,
  country: Iso3,
  role: v.picklist(['host', 'partner']),
});

export const Properties = v.strictObject({
  id: v.pipe(v.string(), v.regex(SLUG, 'must be a lowercase slug')),
  kind: v.picklist(KINDS, 'is not a known kind'),
  name: Bilingual,
  summary: Bilingual,
  fields: v.optional(v.array(v.picklist(FIELDS, 'is not in the field vocabulary')), []),
  /** Partner countries (ISO alpha-3), China excluded unless the record is about China itself. */
  countries: v.optional(v.array(Iso3), []),
  groups: v.optional(v.array(v.picklist(GROUPS)), []),
  institutions: v.optional(v.array(Institution), []),
  city: v.optional(Bilingual),
  precision: v.picklist(PRECISIONS),
  date: v.optional(FuzzyDate),
  endDate: v.optional(FuzzyDate),
  status: v.optional(v.picklist(STATUSES)),
  figures: v.optional(v.array(Figure), []),
  sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source')),
  confidence: v.picklist(CONFIDENCES),
  /** transfer-corridor only: id of the transfer-centre it starts from. */
  from: v.optional(v.string()),
  /** Ids of other records this one belongs to or builds on. */
  related: v.optional(v.array(v.string()), []),
  /**
   * Ids of the systems or organisations this record is a member of (a joint lab of the Belt and Road
   * joint-laboratory programme, an ANSO member institution): a relation shown from both ends.
   */
  memberOf: v.optional(v.array(v.string()), []),
});
export type Properties = v.InferOutput<typeof Properties>;

const Lon = v.pipe(v.number(), v.finite(), v.minValue(-180, 'longitude below -180'), v.maxValue(180, 'longitude above 180'));
const Lat = v.pipe(v.number(), v.finite(), v.minValue(-90, 'latitude below -90'), v.maxValue(90, 'latitude above 90'));
const Position = v.tuple([Lon, Lat]);

export const PointGeometry = v.strictObject({ type: v.literal('Point'), coordinates: Position });
export const LineGeometry = v.strictObject({
  type: v.literal('LineString'),
  coordinates: v.pipe(v.array(Position), v.minLength(2, 'a line needs at least two positions')),
});

export const Feature = v.strictObject({
  type: v.literal('Feature'),
  /** Mirrors properties.id when present (RFC 7946 allows a top-level id). */
  id: v.optional(v.string()),
  geometry: v.nullable(v.variant('type', [PointGeometry, LineGeometry], 'must be a Point, a LineString or null')),
  properties: Properties,
});
export type Feature = v.InferOutput<typeof Feature>;
/** One record of the atlas: a validated feature. */
export type AtlasRecord = Feature;

/** The envelope only; features are validated one by one so one bad record cannot sink the rest. */
export const Collection = v.looseObject({
  type: v.literal('FeatureCollection'),
  features: v.array(v.unknown()),
});

/** Which geometry each kind must carry. */
export function geometryFor(kind: Kind): 'Point' | 'LineString' | null {
  switch (kind) {
    case 'transfer-corridor':
    case 'flagship-corridor':
      return 'LineString';
    case 'programme':
    case 'figure':
      return null;
    default:
      return 'Point';
  }
}
