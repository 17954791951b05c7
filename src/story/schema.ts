/**
 * A briefing story: an ordered list of slides, each asking the map for a camera and a set of filters and
 * pointing at records to highlight and figures to call out.
 *
 * As with the dataset, the valibot schema here is the single source of truth: the TypeScript types are
 * inferred from it, `validateStory` checks untrusted story JSON with it, and `data/stories/story.schema.json`
 * is generated from it by `scripts/gen-story-schema.ts`. A story never carries numbers or sources of its
 * own: a call-out names a record (and optionally the index of one of its figures), so every number shown
 * comes with the dataset's qualifier, date and citation. Pure: no map, deck or lit imports.
 */
import * as v from 'valibot';
import { FIELDS, KINDS, REGIONS, SLUG } from '../core/vocabulary.ts';
import type { AtlasRecord } from '../core/record.ts';
import { currentId } from '../core/id-aliases.ts';
import { initialState, type AppState } from '../state/app-state.ts';
import { normCountries, normFields, normKinds, normRegions, normYears } from '../state/reduce.ts';

export const STORY_SCHEMA_VERSION = '1.0.0';
export const MAX_SLIDES = 40;
export const MAX_CAPTION = 400;
export const MAX_NOTES = 2000;

const Slug = v.pipe(v.string(), v.regex(SLUG, 'must be a lowercase slug'));

/** A non-empty text of at most `max` characters (after trimming). */
function text(max: number) {
  return v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `is too long (over ${max} characters)`));
}
function bilingual(max: number) {
  return v.strictObject({ zh: text(max), en: text(max) });
}

const Lon = v.pipe(v.number(), v.finite(), v.minValue(-180, 'longitude below -180'), v.maxValue(180, 'longitude above 180'));
const Lat = v.pipe(v.number(), v.finite(), v.minValue(-90, 'latitude below -90'), v.maxValue(90, 'latitude above 90'));
const Year = v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(1900, 'year before 1900'), v.maxValue(2100, 'year after 2100'));

export const SlideCamera = v.strictObject({
  /** [longitude, latitude] of the view centre. */
  center: v.strictTuple([Lon, Lat]),
  zoom: v.pipe(v.number(), v.finite(), v.minValue(0, 'zoom below 0'), v.maxValue(22, 'zoom above 22')),
  // No bearing or pitch: the atlas is a flat, north-up map (rotation is off), so a slide could not apply them.
});
export type SlideCamera = v.InferOutput<typeof SlideCamera>;

export const Callout = v.strictObject({
  /** Id of the record whose figure is shown (value, qualifier, unit, date and source all come from it). */
  record: Slug,
  /** Index into that record's `figures`; omitted means its first figure. */
  figure: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'))),
  /**
   * Draw the figure's whole series (every dated figure of the dataset sharing its `series` key) as a small
   * chart under the number: a slide about growth then shows the growth, not one value of it.
   */
  chart: v.optional(v.boolean()),
});
export type Callout = v.InferOutput<typeof Callout>;

export const Slide = v.strictObject({
  /** Unique within the story; also the slide's address (e.g. in a URL). */
  id: Slug,
  title: bilingual(120),
  /** The text beside the map, in our own words, at most 400 characters per language. */
  caption: bilingual(MAX_CAPTION),
  /** What the presenter says on this slide: shown in the presenter window only, never to the audience or in exports. */
  notes: v.optional(bilingual(MAX_NOTES)),
  camera: SlideCamera,
  /** Kinds shown; omitted means every kind. */
  kinds: v.optional(v.array(v.picklist(KINDS, 'is not a known kind'))),
  /** Field filter; omitted (or empty) means every field. */
  fields: v.optional(v.array(v.picklist(FIELDS, 'is not in the field vocabulary'))),
  /** Region filter; omitted (or empty) means everywhere. */
  regions: v.optional(v.array(v.picklist(REGIONS, 'is not a known region'))),
  /** Partner-country filter (ISO 3166-1 alpha-3); omitted (or empty) means every country. */
  countries: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code')))),
  /** Inclusive year range [from, to]; omitted means all years. */
  years: v.optional(
    v.pipe(
      v.strictTuple([Year, Year]),
      v.check(([a, b]) => a <= b, 'must be [from, to] with from ≤ to'),
    ),
  ),
  /** Record ids drawn emphasised on this slide. */
  highlight: v.optional(v.array(Slug)),
  /** Figures shown as call-outs, by reference into the dataset. */
  callouts: v.optional(v.array(Callout)),
});
export type Slide = v.InferOutput<typeof Slide>;

const storyFields = {
  /** Lets editors find story.schema.json; ignored by the app. */
  $schema: v.optional(v.string()),
  id: Slug,
  title: bilingual(120),
  description: v.optional(bilingual(1000)),
};

/** The whole story, slides included: the source of the types and of the published JSON Schema. */
export const Story = v.strictObject({
  ...storyFields,
  slides: v.pipe(v.array(Slide), v.minLength(1, 'needs at least one slide'), v.maxLength(MAX_SLIDES, `has more than ${MAX_SLIDES} slides`)),
});
export type Story = v.InferOutput<typeof Story>;

/** The envelope only; slides are validated one by one so one bad slide cannot sink the rest. */
const StoryEnvelope = v.strictObject({
  ...storyFields,
  slides: v.array(v.unknown(), 'must be an array of slides'),
});

export interface StoryError {
  /** The slide's id, "#<position>" (from 0) when it has no readable id, or null for the story itself. */
  slide: string | null;
  /** Dotted path inside the slide (e.g. "camera.zoom"), or inside the story when `slide` is null. */
  field: string;
  message: string;
}

export interface StoryResult {
  story: Story | null;
  errors: StoryError[];
}

/** One line a person can act on: which slide, which field, what is wrong. */
export function formatStoryError(e: StoryError): string {
  const who = e.slide === null ? 'story' : e.slide.startsWith('#') ? `slide ${e.slide}` : `slide "${e.slide}"`;
  return `${who}: ${e.field}: ${e.message}`;
}

function pathOf(issue: v.BaseIssue<unknown>, whole: string): string {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  return keys.length ? keys.join('.') : whole;
}

/** First issue per field only; more would bury the useful one. */
function issuesToErrors(issues: readonly v.BaseIssue<unknown>[], slide: string | null, whole: string): StoryError[] {
  const seen = new Set<string>();
  const out: StoryError[] = [];
  for (const issue of issues) {
    const field = pathOf(issue, whole);
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ slide, field, message: issue.message });
  }
  return out;
}

function readSlideId(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : `#${index}`;
}

/** A slide whose highlights and call-outs name records by ids renamed since the story was written, read as the ids they have now. */
function withCurrentIds(slide: Slide): Slide {
  const highlight = slide.highlight?.map(currentId);
  const callouts = slide.callouts?.map((c) => (currentId(c.record) === c.record ? c : { ...c, record: currentId(c.record) }));
  return { ...slide, ...(highlight ? { highlight } : {}), ...(callouts ? { callouts } : {}) };
}

/** Drops a slide's references the dataset cannot satisfy, reporting each one. */
function checkReferences(slide: Slide, byId: ReadonlyMap<string, AtlasRecord>): { slide: Slide; errors: StoryError[] } {
  const errors: StoryError[] = [];
  let out = slide;
  if (slide.highlight) {
    const kept = slide.highlight.filter((id, i) => {
      if (byId.has(id)) return true;
      errors.push({ slide: slide.id, field: `highlight.${i}`, message: `no record "${id}" in the dataset` });
      return false;
    });
    if (kept.length !== slide.highlight.length) out = { ...out, highlight: kept };
  }
  if (slide.callouts) {
    const kept = slide.callouts.filter((c, i) => {
      const rec = byId.get(c.record);
      if (!rec) {
        errors.push({ slide: slide.id, field: `callouts.${i}.record`, message: `no record "${c.record}" in the dataset` });
        return false;
      }
      const n = rec.properties.figures.length;
      const index = c.figure ?? 0;
      if (index >= n) {
        errors.push({
          slide: slide.id,
          field: c.figure === undefined ? `callouts.${i}.record` : `callouts.${i}.figure`,
          message:
            n === 0
              ? `record "${c.record}" has no figures`
              : `points at figure ${index}, but record "${c.record}" has ${n} (0–${n - 1})`,
        });
        return false;
      }
      return true;
    });
    if (kept.length !== slide.callouts.length) out = { ...out, callouts: kept };
  }
  return { slide: out, errors };
}

/**
 * Checks untrusted story JSON. A malformed slide is reported and dropped; the others survive. With
 * `records`, every highlight and call-out must point at an existing record (and figure); unknown
 * references are reported and removed while their slide stays. The story is null only when the
 * envelope (id, title, description, slides) is invalid or no slide survives. Never throws.
 */
export function validateStory(input: unknown, records?: readonly AtlasRecord[]): StoryResult {
  const errors: StoryError[] = [];
  const envelope = v.safeParse(StoryEnvelope, input);
  if (!envelope.success) errors.push(...issuesToErrors(envelope.issues, null, '(story)'));

  // Slides are still checked when only the envelope's texts are wrong, so an author sees every problem at once.
  const rawSlides: unknown = typeof input === 'object' && input !== null ? (input as { slides?: unknown }).slides : undefined;
  if (!Array.isArray(rawSlides)) return { story: null, errors };
  if (rawSlides.length === 0) errors.push({ slide: null, field: 'slides', message: 'needs at least one slide' });
  if (rawSlides.length > MAX_SLIDES) {
    errors.push({ slide: null, field: 'slides', message: `has ${rawSlides.length} slides; at most ${MAX_SLIDES} are allowed` });
  }

  const byId = records ? new Map(records.map((r) => [r.properties.id, r])) : null;
  const firstIndex = new Map<string, number>();
  const slides: Slide[] = [];
  rawSlides.forEach((raw, index) => {
    const name = readSlideId(raw, index);
    const parsed = v.safeParse(Slide, raw);
    if (!parsed.success) {
      errors.push(...issuesToErrors(parsed.issues, name, '(slide)'));
      return;
    }
    let slide = withCurrentIds(parsed.output);
    const prior = firstIndex.get(slide.id);
    if (prior !== undefined) {
      errors.push({ slide: slide.id, field: 'id', message: `duplicate slide id: slide #${index} reuses the id of slide #${prior}` });
      return;
    }
    firstIndex.set(slide.id, index);
    if (byId) {
      const checked = checkReferences(slide, byId);
      errors.push(...checked.errors);
      slide = checked.slide;
    }
    slides.push(slide);
  });

  if (rawSlides.length > 0 && slides.length === 0) errors.push({ slide: null, field: 'slides', message: 'no valid slide left' });
  if (!envelope.success || slides.length === 0 || rawSlides.length > MAX_SLIDES) return { story: null, errors };
  const { id, title, description } = envelope.output;
  return { story: description ? { id, title, description, slides } : { id, title, slides }, errors };
}

/** Parses JSON text, then validates; bad JSON is one clear error, never an exception. */
export function parseStory(textIn: string, records?: readonly AtlasRecord[]): StoryResult {
  let data: unknown;
  try {
    data = JSON.parse(textIn);
  } catch (err) {
    return { story: null, errors: [{ slide: null, field: '(file)', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return validateStory(data, records);
}

/**
 * The app state a slide asks for: its camera and filters; filters the slide leaves out go back to their
 * defaults, nothing is selected and no panel is open. Only the language is kept from `base`.
 */
export function slideState(slide: Slide, base: AppState): AppState {
  const init = initialState(base.lang);
  return {
    ...init,
    kinds: slide.kinds ? normKinds(slide.kinds) : init.kinds,
    fields: slide.fields ? normFields(slide.fields) : init.fields,
    regions: slide.regions ? normRegions(slide.regions) : init.regions,
    countries: slide.countries ? normCountries(slide.countries) : init.countries,
    years: slide.years ? normYears(slide.years) : init.years,
    selected: null,
    country: null,
    camera: { center: [slide.camera.center[0], slide.camera.center[1]], zoom: slide.camera.zoom },
    panel: 'none',
  };
}
