/**
 * The shape of the JSON report `npm run data:extract` writes: part of the tool's interface. The JSON Schema
 * in report.schema.json is generated from this file (npx tsx scripts/extract/gen-report-schema.ts; a Node test
 * fails when it is stale).
 */
import * as v from 'valibot';
import { FuzzyDate } from '../../src/core/record.ts';
import { KINDS } from '../../src/core/vocabulary.ts';
import { QUALIFIERS } from './qualifiers.ts';

const Iso3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code'));
const Line = v.pipe(v.number(), v.integer(), v.minValue(1));
/** The sentence a finding came from, as normalised (broken lines joined, doubled titles repaired). */
const Text = v.string();

export const KnownItem = v.strictObject({ id: v.string(), line: Line, text: Text });
export const CandidateItem = v.strictObject({ kind: v.picklist(KINDS), name: v.string(), country: v.nullable(Iso3), line: Line, text: Text });
export const MatchStatus = v.picklist(['same', 'newer', 'conflicting']);
export const FigureItem = v.strictObject({
  value: v.pipe(v.number(), v.finite()),
  /** Measure word or unit as written: 家, 个, 人次, 吨 / countries, square meters, %. */
  unit: v.string(),
  qualifier: v.picklist(QUALIFIERS),
  asOf: v.nullable(FuzzyDate),
  subject: v.string(),
  line: Line,
  text: Text,
  match: v.nullable(v.strictObject({ id: v.string(), status: MatchStatus })),
});
export const PlaceItem = v.strictObject({
  name: v.string(),
  country: Iso3,
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  line: Line,
});

export const Report = v.strictObject({
  /** File name of the text the report is about. */
  source: v.string(),
  known: v.array(KnownItem),
  candidates: v.array(CandidateItem),
  figures: v.array(FigureItem),
  places: v.array(PlaceItem),
});
export type Report = v.InferOutput<typeof Report>;
export type FigureItem = v.InferOutput<typeof FigureItem>;
export type CandidateItem = v.InferOutput<typeof CandidateItem>;
