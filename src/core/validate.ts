/**
 * Turns untrusted input into records plus a list of problems. One malformed record never costs the
 * others: each feature is checked on its own and reported with its id, position and the field at fault.
 */
import * as v from 'valibot';
import { Collection, Feature, geometryFor, type AtlasRecord } from './record.ts';


export interface DatasetError {
  /** The record's id when it has a readable one. */
  id: string | null;
  /** Position in `features`, or -1 for a problem with the file itself. */
  index: number;
  /** Dotted path of the offending field, e.g. "properties.name.zh"; "(file)" for the whole file. */
  field: string;
  message: string;
}

export interface Dataset {
  records: AtlasRecord[];
  errors: DatasetError[];
}

/** One line a person can act on: which record, which field, what is wrong. */
export function formatError(e: DatasetError): string {
  const who = e.index < 0 ? 'dataset' : `record ${e.id ? `"${e.id}"` : '(no id)'} (#${e.index})`;
  return `${who}: ${e.field}: ${e.message}`;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  return keys.length ? keys.join('.') : '(record)';
}

function readId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const props = (raw as { properties?: unknown }).properties;
  const id = typeof props === 'object' && props !== null ? (props as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null;
}

/** Checks one feature on its own (schema + rules that need only the feature). */
function checkFeature(raw: unknown, index: number): { feature?: Feature; errors: DatasetError[] } {
  const id = readId(raw);
  const result = v.safeParse(Feature, raw);
  if (!result.success) {
    // The first issue per field is enough; more would bury the useful one.
    const seen = new Set<string>();
    const errors: DatasetError[] = [];
    for (const issue of result.issues) {
      const field = pathOf(issue);
      if (seen.has(field)) continue;
      seen.add(field);
      errors.push({ id, index, field, message: issue.message });
    }
    return { errors };
  }
  const f = result.output;
  const p = f.properties;
  const errors: DatasetError[] = [];
  const want = geometryFor(p.kind);
  const got = f.geometry?.type ?? null;
  if (want === 'LineString' && got !== 'LineString') {
    errors.push({ id, index, field: 'geometry', message: `a ${p.kind} needs a LineString geometry, not ${got ?? 'null'}` });
  } else if (want === 'Point' && got !== 'Point') {
    errors.push({ id, index, field: 'geometry', message: `a ${p.kind} needs a Point geometry, not ${got ?? 'null'}` });
  } else if (want === null && got !== null) {
    errors.push({ id, index, field: 'geometry', message: `a ${p.kind} has no place on the map: geometry must be null` });
  }
  if (f.id !== undefined && f.id !== p.id) {
    errors.push({ id, index, field: 'id', message: `feature id "${f.id}" differs from properties.id "${p.id}"` });
  }
  p.figures.forEach((fig, i) => {
    if (fig.source >= p.sources.length) {
      errors.push({ id, index, field: `properties.figures.${i}.source`, message: `points at source ${fig.source}, but the record has ${p.sources.length}` });
    }
  });
  if (p.kind === 'transfer-corridor' && !p.from) {
    errors.push({ id, index, field: 'properties.from', message: 'a transfer-corridor must name the transfer-centre it starts from' });
  }
  return errors.length ? { errors } : { feature: f, errors };
}

/** Validates an already-parsed dataset object. */
export function validateDataset(input: unknown): Dataset {
  const envelope = v.safeParse(Collection, input);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    return {
      records: [],
      errors: [{ id: null, index: -1, field: issue.path ? pathOf(issue) : '(file)', message: `not a GeoJSON FeatureCollection: ${issue.message}` }],
    };
  }
  const records: AtlasRecord[] = [];
  const errors: DatasetError[] = [];
  const firstIndex = new Map<string, number>();
  envelope.output.features.forEach((raw, index) => {
    const checked = checkFeature(raw, index);
    errors.push(...checked.errors);
    const f = checked.feature;
    if (!f) return;
    const prior = firstIndex.get(f.properties.id);
    if (prior !== undefined) {
      errors.push({ id: f.properties.id, index, field: 'properties.id', message: `duplicate id (first used by record #${prior})` });
      return;
    }
    firstIndex.set(f.properties.id, index);
    records.push(f);
  });
  // Rules across records: a corridor must start at a centre that survived validation.
  const kindOf = new Map(records.map((r) => [r.properties.id, r.properties.kind]));
  const kept = records.filter((r, i) => {
    const from = r.properties.from;
    if (r.properties.kind !== 'transfer-corridor' || !from) return true;
    if (kindOf.get(from) === 'transfer-centre') return true;
    errors.push({
      id: r.properties.id,
      index: firstIndex.get(r.properties.id) ?? i,
      field: 'properties.from',
      message: `"${from}" is not a transfer-centre in this dataset`,
    });
    return false;
  });
  errors.sort((a, b) => a.index - b.index);
  return { records: kept, errors };
}

/**
 * Larger files are refused before parsing (a tab could run out of memory on them). The bundled dataset is
 * ~0.3 MB; the benchmark's 110,000-feature file is ~79 MB and must still load.
 */
export const MAX_DATASET_CHARS = 128 * 1024 * 1024;

/** Parses JSON text, then validates; bad JSON is one clear error, never an exception. */
export function parseDataset(text: string): Dataset {
  if (typeof text !== 'string' || text.length > MAX_DATASET_CHARS) {
    const size = typeof text === 'string' ? `${(text.length / 1048576).toFixed(1)} MB` : typeof text;
    return { records: [], errors: [{ id: null, index: -1, field: '(file)', message: `too large to load (${size}; the limit is ${MAX_DATASET_CHARS / 1048576} MB)` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { records: [], errors: [{ id: null, index: -1, field: '(file)', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return validateDataset(data);
}
