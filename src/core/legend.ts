/**
 * What the map's legend says, as data: one list for the legend on the map and the one drawn into
 * exported images and slides, so the two can never tell different stories. Pure.
 */
import { KIND_LABELS, tl } from './i18n/strings.ts';
import { KINDS, POINT_KINDS, type Kind, type Lang } from './vocabulary.ts';
import { isCountryLevel, siteStacks } from './places.ts';
import type { AtlasRecord } from './record.ts';

export type LegendEntry =
  /** A kind's own symbol (point kinds, corridors) with its name. */
  | { type: 'kind'; kind: Kind; label: string }
  /** A transfer corridor drawn lighter and thinner because it is inferred, not stated by a source. */
  | { type: 'inferred'; label: string }
  /** The numbered disc of records placed only to their country. */
  | { type: 'badge'; label: string }
  /** The dark numbered disc of several records at one exact place. */
  | { type: 'stack'; label: string }
  /** The ring round a chosen (or story-highlighted) record. */
  | { type: 'ring'; label: string }
  /** A story slide's context: records its filters leave out, drawn faint (layers/context-layers.ts). */
  | { type: 'context'; label: string }
  /** The partner countries' choropleth: classes 1, 2–3, 4–6, 7+. */
  | { type: 'ramp'; label: string; stops: string[] };

export interface LegendInput {
  lang: Lang;
  /** Kinds switched on. */
  kinds: readonly Kind[];
  /** Kinds the dataset draws on the map (records with a geometry). */
  drawn: ReadonlySet<Kind>;
  /** Whether any record is placed only to its country (drawn as a badge). */
  badges: boolean;
  /** Whether any exact place holds several records (drawn as a stack). */
  stacks?: boolean;
  /** Whether any transfer corridor is inferred. */
  inferred: boolean;
  /** Whether a record is ringed (selected, or highlighted by a story slide). */
  ring: boolean;
  /** Whether a story slide leaves records out, drawn faint as its context. */
  context?: boolean;
}

const POINTS: ReadonlySet<Kind> = new Set<Kind>(POINT_KINDS);

/** The entries for what is on the map now, in drawing sense: places, then lines, then the countries' ramp. */
export function legendEntries(i: LegendInput): LegendEntry[] {
  const l = i.lang;
  const on = KINDS.filter((k) => i.kinds.includes(k) && i.drawn.has(k));
  const out: LegendEntry[] = on.filter((k) => POINTS.has(k)).map((kind) => ({ type: 'kind', kind, label: KIND_LABELS[kind][l] }));
  const anyPoint = out.length > 0;
  if (anyPoint && i.badges) out.push({ type: 'badge', label: tl('badge', l) });
  if (anyPoint && i.stacks) out.push({ type: 'stack', label: tl('stack', l) });
  if (on.includes('transfer-corridor')) {
    out.push({ type: 'kind', kind: 'transfer-corridor', label: i.inferred ? tl('corridorStated', l) : KIND_LABELS['transfer-corridor'][l] });
    if (i.inferred) out.push({ type: 'inferred', label: tl('corridorInferred', l) });
  }
  if (on.includes('flagship-corridor')) out.push({ type: 'kind', kind: 'flagship-corridor', label: KIND_LABELS['flagship-corridor'][l] });
  if (i.ring) out.push({ type: 'ring', label: tl('ring', l) });
  if (i.context) out.push({ type: 'context', label: tl('context', l) });
  if (on.includes('partner-country')) out.push({ type: 'ramp', label: tl('ramp', l), stops: ['1', '2–3', '4–6', '7+'] });
  return out;
}

export interface DatasetFacts {
  drawn: ReadonlySet<Kind>;
  badges: boolean;
  stacks: boolean;
  inferred: boolean;
}

const facts = new WeakMap<readonly AtlasRecord[], DatasetFacts>();

/** What the legend needs to know about a dataset, worked out once per dataset. */
export function datasetFacts(records: readonly AtlasRecord[]): DatasetFacts {
  let f = facts.get(records);
  if (!f) {
    f = {
      drawn: new Set(records.filter((r) => r.geometry).map((r) => r.properties.kind)),
      badges: records.some(isCountryLevel),
      stacks: siteStacks(records).length > 0,
      inferred: records.some((r) => r.properties.kind === 'transfer-corridor' && r.properties.confidence === 'inferred' && r.geometry),
    };
    facts.set(records, f);
  }
  return f;
}

/** What of the app state the legend reads. */
export interface LegendView {
  lang: Lang;
  kinds: readonly Kind[];
  selected: string | null;
  /** A story shown (its slides' filters dim what they leave out), with the filters it set. */
  story?: unknown;
  years?: readonly [number, number] | null;
  fields?: readonly unknown[];
  regions?: readonly unknown[];
  countries?: readonly unknown[];
}

/** The legend for a view of a dataset: the one the map shows and exported images draw. */
export function legendFor(records: readonly AtlasRecord[], view: LegendView): LegendEntry[] {
  const f = datasetFacts(records);
  // As the map decides (context-layers.ts hasContext): a slide that leaves any drawn record out.
  const narrowed = [...f.drawn].some((k) => !view.kinds.includes(k)) || Boolean(view.years) || [view.fields, view.regions, view.countries].some((a) => (a?.length ?? 0) > 0);
  return legendEntries({ lang: view.lang, kinds: view.kinds, ...f, ring: Boolean(view.selected), context: Boolean(view.story) && narrowed });
}
