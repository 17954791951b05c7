/**
 * The default story validates against the real dataset; malformed stories name the slide and field at
 * fault while the valid slides survive; a slide maps onto app state; story.schema.json is up to date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStoryJsonSchema } from '../../scripts/gen-story-schema.ts';
import { KINDS } from '../../src/core/vocabulary.ts';
import { calloutText } from '../../src/core/callout.ts';
import { seriesPoints } from '../../src/core/systems.ts';
import { parseDataset } from '../../src/core/validate.ts';
import { initialState, type AppState } from '../../src/state/app-state.ts';
import { MAX_SLIDES, formatStoryError, parseStory, slideState, validateStory, type Slide } from '../../src/story/schema.ts';

const records = parseDataset(readFileSync(new URL('../../data/atlas.geojson', import.meta.url), 'utf8')).records;
const storyText = readFileSync(new URL('../../data/stories/innovation-road.json', import.meta.url), 'utf8');
const storyJson = JSON.parse(storyText);
const clone = () => structuredClone(storyJson) as Record<string, any> & { slides: Record<string, any>[] };
const N = storyJson.slides.length;
const HAN = /\p{Script=Han}/u;

describe('the default story (data/stories/innovation-road.json)', () => {
  const { story, errors } = parseStory(storyText, records);

  it('validates with zero errors against the real dataset', () => {
    expect(errors.map(formatStoryError)).toEqual([]);
    expect(story).not.toBeNull();
    expect(story!.slides).toHaveLength(N);
  });

  it('has 8–12 slides with unique ids', () => {
    expect(N).toBeGreaterThanOrEqual(8);
    expect(N).toBeLessThanOrEqual(12);
    expect(new Set(story!.slides.map((s) => s.id)).size).toBe(N);
  });

  it('speaks both languages everywhere: Chinese in zh, no Chinese in en', () => {
    const texts = [story!.title, story!.description!, ...story!.slides.flatMap((s) => [s.title, s.caption])];
    for (const t of texts) {
      expect(t.zh.trim(), JSON.stringify(t)).not.toBe('');
      expect(t.en.trim(), JSON.stringify(t)).not.toBe('');
      expect(t.zh, t.zh).toMatch(HAN);
      expect(t.en, t.en).not.toMatch(HAN);
    }
  });

  it('keeps every number in the dataset: call-outs point at existing figures', () => {
    const byId = new Map(records.map((r) => [r.properties.id, r]));
    const callouts = story!.slides.flatMap((s) => s.callouts ?? []);
    expect(callouts.length).toBeGreaterThan(10);
    for (const c of callouts) expect(byId.get(c.record)!.properties.figures[c.figure ?? 0], c.record).toBeDefined();
  });

  it('shows the conflicting young-scientist counts side by side on one slide', () => {
    const slide = story!.slides.find((s) => s.id === 'people-to-people')!;
    expect(slide.callouts!.map((c) => c.record).sort()).toEqual(['fig-young-scientists-10000-2023', 'fig-young-scientists-5000-2023']);
  });

  it('draws a chart wherever a call-out asks for one: its series has at least two dated figures', () => {
    const series = seriesPoints(records);
    const byId = new Map(records.map((r) => [r.properties.id, r]));
    const charted = story!.slides.flatMap((s) => (s.callouts ?? []).filter((c) => c.chart));
    expect(charted.length).toBeGreaterThanOrEqual(4);
    for (const c of charted) {
      const out = calloutText(byId.get(c.record), c.figure, 'en', series)!;
      expect(out.chart.length, c.record).toBeGreaterThanOrEqual(2);
      // Without the series (a call-out that does not ask), no chart.
      expect(calloutText(byId.get(c.record), c.figure, 'en')!.chart).toEqual([]);
    }
  });

  it('each slide between the first and the last names its subject by the records it highlights', () => {
    for (const s of story!.slides.slice(1, -1)) expect(s.highlight?.length ?? 0, s.id).toBeGreaterThan(0);
  });

  it('opens and closes on a wide view', () => {
    expect(story!.slides[0].camera.zoom).toBeLessThanOrEqual(2);
    expect(story!.slides[N - 1].camera.zoom).toBeLessThanOrEqual(2);
  });

  it('also validates without records (schema only)', () => {
    expect(validateStory(storyJson).errors).toEqual([]);
  });
});

type Case = {
  title: string;
  breakIt: (s: ReturnType<typeof clone>) => void;
  slide: string | null;
  field: RegExp;
  message: RegExp;
  /** Slides that survive; null when the whole story is rejected. */
  survivors: number | null;
};

const cases: Case[] = [
  { title: 'slide without title.zh', breakIt: (s) => delete s.slides[2].title.zh, slide: 'joint-labs', field: /^title\.zh$/, message: /Invalid key|Expected/, survivors: N - 1 },
  { title: 'blank caption.en', breakIt: (s) => (s.slides[2].caption.en = '   '), slide: 'joint-labs', field: /^caption\.en$/, message: /must not be empty/, survivors: N - 1 },
  { title: 'caption over 400 characters', breakIt: (s) => (s.slides[3].caption.zh = '长'.repeat(401)), slide: 'science-parks', field: /^caption\.zh$/, message: /too long/, survivors: N - 1 },
  { title: 'zoom 99', breakIt: (s) => (s.slides[1].camera.zoom = 99), slide: 'people-to-people', field: /^camera\.zoom$/, message: /zoom above 22/, survivors: N - 1 },
  { title: 'longitude out of range', breakIt: (s) => (s.slides[1].camera.center = [200, 0]), slide: 'people-to-people', field: /^camera\.center\.0$/, message: /longitude above 180/, survivors: N - 1 },
  { title: 'a camera key the flat map cannot apply (pitch)', breakIt: (s) => ((s.slides[1].camera as Record<string, unknown>).pitch = 30), slide: 'people-to-people', field: /^camera(\.pitch)?$/, message: /.+/, survivors: N - 1 },
  { title: 'camera missing', breakIt: (s) => delete s.slides[7].camera, slide: 'mombasa-nairobi-railway', field: /^camera$/, message: /Invalid key|Expected/, survivors: N - 1 },
  { title: 'unknown kind', breakIt: (s) => (s.slides[2].kinds = ['joint-lab', 'spaceport']), slide: 'joint-labs', field: /^kinds\.1$/, message: /not a known kind/, survivors: N - 1 },
  { title: 'unknown field', breakIt: (s) => (s.slides[2].fields = ['alchemy']), slide: 'joint-labs', field: /^fields\.0$/, message: /field vocabulary/, survivors: N - 1 },
  { title: 'unknown region', breakIt: (s) => (s.slides[2].regions = ['atlantis']), slide: 'joint-labs', field: /^regions\.0$/, message: /not a known region/, survivors: N - 1 },
  { title: 'lower-case country', breakIt: (s) => (s.slides[2].countries = ['ken']), slide: 'joint-labs', field: /^countries\.0$/, message: /alpha-3/, survivors: N - 1 },
  { title: 'years reversed', breakIt: (s) => (s.slides[1].years = [2024, 2018]), slide: 'people-to-people', field: /^years$/, message: /from ≤ to/, survivors: N - 1 },
  { title: 'unknown member on a slide', breakIt: (s) => (s.slides[5].colour = 'red'), slide: 'technology-transfer', field: /^colour$/, message: /Invalid key|Expected never/, survivors: N - 1 },
  { title: 'slide without id', breakIt: (s) => delete s.slides[5].id, slide: '#5', field: /^id$/, message: /Invalid key|Expected/, survivors: N - 1 },
  { title: 'slide that is not an object', breakIt: (s) => (s.slides[5] = 42 as any), slide: '#5', field: /^\(slide\)$/, message: /Expected Object|Invalid type/, survivors: N - 1 },
  { title: 'duplicate slide id', breakIt: (s) => (s.slides[3].id = s.slides[0].id), slide: 'innovation-road', field: /^id$/, message: /duplicate slide id: slide #3 reuses the id of slide #0/, survivors: N - 1 },
  { title: 'highlight of a missing record', breakIt: (s) => s.slides[0].highlight.push('lab-on-the-moon'), slide: 'innovation-road', field: /^highlight\.2$/, message: /no record "lab-on-the-moon"/, survivors: N },
  { title: 'callout of a missing record', breakIt: (s) => (s.slides[9].callouts = [{ record: 'org-nowhere' }]), slide: 'organisations', field: /^callouts\.0\.record$/, message: /no record "org-nowhere"/, survivors: N },
  { title: 'callout figure index out of range', breakIt: (s) => (s.slides[5].callouts[1].figure = 9), slide: 'technology-transfer', field: /^callouts\.1\.figure$/, message: /figure 9, but record "ttc-china-asean" has 5/, survivors: N },
  { title: 'callout of a record with no figures', breakIt: (s) => s.slides[7].callouts.push({ record: 'country-ken' }), slide: 'mombasa-nairobi-railway', field: /^callouts\.2\.record$/, message: /has no figures/, survivors: N },
  { title: 'negative callout figure index', breakIt: (s) => (s.slides[5].callouts[1].figure = -1), slide: 'technology-transfer', field: /^callouts\.1\.figure$/, message: /negative/, survivors: N - 1 },
  { title: 'slides not an array', breakIt: (s) => (s.slides = { first: s.slides[0] } as any), slide: null, field: /^slides$/, message: /array/, survivors: null },
  { title: 'empty slides', breakIt: (s) => (s.slides = []), slide: null, field: /^slides$/, message: /at least one slide/, survivors: null },
  { title: 'too many slides', breakIt: (s) => (s.slides = Array.from({ length: MAX_SLIDES + 1 }, (_, i) => ({ ...s.slides[0], id: `s${i}` }))), slide: null, field: /^slides$/, message: /at most 40/, survivors: null },
  { title: 'every slide malformed', breakIt: (s) => s.slides.forEach((x) => (x.camera.zoom = -1)), slide: null, field: /^slides$/, message: /no valid slide left/, survivors: null },
  { title: 'story without title', breakIt: (s) => delete s.title, slide: null, field: /^title$/, message: /Invalid key|Expected/, survivors: null },
  { title: 'story id not a slug', breakIt: (s) => (s.id = 'Innovation Road'), slide: null, field: /^id$/, message: /slug/, survivors: null },
];

describe('malformed stories name the slide and field; the valid slides survive', () => {
  it.each(cases)('$title', ({ breakIt, slide, field, message, survivors }) => {
    const s = clone();
    breakIt(s);
    const { story, errors } = validateStory(s, records);
    const e = errors.find((x) => x.slide === slide && field.test(x.field));
    expect(e, JSON.stringify(errors)).toBeDefined();
    expect(e!.message).toMatch(message);
    expect(formatStoryError(e!)).toContain(e!.field);
    if (slide) expect(formatStoryError(e!)).toContain(slide);
    if (survivors === null) {
      expect(story).toBeNull();
    } else {
      expect(story).not.toBeNull();
      expect(story!.slides).toHaveLength(survivors);
      expect(errors.every((x) => x.slide !== null), 'no story-level error').toBe(true);
    }
  });

  it('removes only the bad reference and keeps the rest of the slide', () => {
    const s = clone();
    s.slides[5].callouts[1].figure = 9;
    s.slides[0].highlight.push('lab-on-the-moon');
    const { story } = validateStory(s, records);
    const tt = story!.slides.find((x) => x.id === 'technology-transfer')!;
    expect(tt.callouts).toEqual([{ record: 'ttc-china-asean', figure: 0 }, { record: 'ttc-china-asean', figure: 4 }, { record: 'fig-tt-centres-10-2025', chart: true }]);
    expect(story!.slides[0].highlight).toEqual(storyJson.slides[0].highlight);
  });

  it('without records, references are not checked', () => {
    const s = clone();
    s.slides[0].highlight.push('lab-on-the-moon');
    expect(validateStory(s).errors).toEqual([]);
  });

  it.each([
    { title: 'null', input: null },
    { title: 'a number', input: 7 },
    { title: 'an array', input: [storyJson.slides[0]] },
    { title: 'a dataset instead of a story', input: { type: 'FeatureCollection', features: [] } },
  ])('bad shape ($title) is a story-level error, never a throw', ({ input }) => {
    const { story, errors } = validateStory(input, records);
    expect(story).toBeNull();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].slide).toBeNull();
    expect(formatStoryError(errors[0])).toMatch(/^story: /);
  });

  it('bad JSON text is one clear error', () => {
    const { story, errors } = parseStory('{"id": "x", "slides": [', records);
    expect(story).toBeNull();
    expect(errors).toEqual([{ slide: null, field: '(file)', message: expect.stringMatching(/not valid JSON/) }]);
  });

  it('reports a malformed slide alongside a bad envelope', () => {
    const s = clone();
    delete s.title;
    s.slides[1].camera.zoom = 99;
    const { errors } = validateStory(s, records);
    expect(errors.map((e) => `${e.slide}:${e.field}`)).toEqual(['null:title', 'people-to-people:camera.zoom']);
  });
});

describe('slideState: the app state a slide asks for', () => {
  const busy: AppState = {
    lang: 'zh',
    worldview: 'cn',
    kinds: ['event'],
    fields: ['energy'],
    regions: ['africa'],
    countries: ['KEN'],
    years: [2019, 2020],
    undated: false,
    playing: null,
    selected: 'org-anso',
    country: 'KEN',
    camera: { center: [0, 0], zoom: 8 },
    panel: 'list',
    story: null,
    group: null,
  };
  const base: Slide = { id: 's', title: { zh: '甲', en: 'A' }, caption: { zh: '乙', en: 'B' }, camera: { center: [100, 20], zoom: 3 } };

  it.each<{ title: string; slide: Slide; from: AppState; want: Partial<AppState> }>([
    {
      title: 'no filters: everything back to defaults, language kept',
      slide: base,
      from: busy,
      want: { ...initialState('zh'), camera: { center: [100, 20], zoom: 3 } },
    },
    {
      title: 'kinds come out in KINDS order, deduplicated',
      slide: { ...base, kinds: ['transfer-corridor', 'transfer-centre', 'transfer-corridor'] },
      from: initialState('en'),
      want: { kinds: ['transfer-centre', 'transfer-corridor'] },
    },
    {
      title: 'an empty kinds list shows nothing (not everything)',
      slide: { ...base, kinds: [] },
      from: initialState('en'),
      want: { kinds: [] },
    },
    {
      title: 'filters are taken from the slide',
      slide: { ...base, fields: ['transport', 'energy'], regions: ['africa', 'south-asia'], countries: ['PAK', 'KEN'], years: [2017, 2024] },
      from: busy,
      want: { lang: 'zh', fields: ['energy', 'transport'], regions: ['south-asia', 'africa'], countries: ['KEN', 'PAK'], years: [2017, 2024], kinds: [...KINDS] },
    },
    {
      title: 'selection, country profile and panel are cleared',
      slide: base,
      from: busy,
      want: { selected: null, country: null, panel: 'none' },
    },
  ])('$title', ({ slide, from, want }) => {
    const out = slideState(slide, from);
    expect(out).toMatchObject(want as Record<string, unknown>);
    expect(Object.keys(out).sort()).toEqual(Object.keys(initialState()).sort());
  });

  it('does not share arrays with the slide or mutate its inputs', () => {
    const slide: Slide = { ...base, countries: ['KEN'] };
    const before = structuredClone(busy);
    const out = slideState(slide, busy);
    expect(busy).toEqual(before);
    expect(out.camera!.center).not.toBe(slide.camera.center);
    expect(out.countries).not.toBe(slide.countries);
  });

  it('every slide of the default story gives a state with its camera', () => {
    const { story } = validateStory(storyJson, records);
    for (const s of story!.slides) {
      const st = slideState(s, initialState('en'));
      expect(st.camera).toEqual({ center: s.camera.center, zoom: s.camera.zoom });
      expect(st.kinds.length, s.id).toBeGreaterThan(0);
    }
  });
});

describe('generated files are up to date (regenerate with `npx tsx scripts/gen-story-schema.ts`)', () => {
  it('data/stories/story.schema.json comes from src/story/schema.ts', () => {
    const committed = JSON.parse(readFileSync(new URL('../../data/stories/story.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(buildStoryJsonSchema());
  });

  it('the published schema declares every kind and the slide limits', () => {
    const schema = buildStoryJsonSchema() as any;
    const slides = schema.properties.slides;
    expect(slides.minItems).toBe(1);
    expect(slides.maxItems).toBe(MAX_SLIDES);
    expect(slides.items.properties.kinds.items.enum).toEqual([...KINDS]);
    expect(slides.items.required).toEqual(expect.arrayContaining(['id', 'title', 'caption', 'camera']));
  });
});

describe('speaker notes: an optional slide field, checked like the other texts', () => {
  const first = storyJson.slides[0].id as string;
  it.each<{ title: string; notes: unknown; error: RegExp | null }>([
    { title: 'both languages', notes: { zh: '先讲四项行动。', en: 'Start with the four actions.' }, error: null },
    { title: 'trimmed of spaces', notes: { zh: ' 讲稿 ', en: ' Notes ' }, error: null },
    { title: 'English missing', notes: { zh: '讲稿' }, error: /^notes\.en: / },
    { title: 'blank Chinese', notes: { zh: '  ', en: 'Notes' }, error: /^notes\.zh: must not be empty/ },
    { title: 'over 2000 characters', notes: { zh: '长'.repeat(2001), en: 'Notes' }, error: /^notes\.zh: is too long/ },
    { title: 'a string, not {zh, en}', notes: 'say this', error: /^notes: / },
    { title: 'a third language', notes: { zh: '讲稿', en: 'Notes', fr: 'Notes' }, error: /^notes(\.fr)?: / },
  ])('$title', ({ notes, error }) => {
    const s = clone();
    s.slides[0].notes = notes;
    const { story, errors } = validateStory(s, records);
    const mine = errors.filter((e) => e.slide === first).map((e) => `${e.field}: ${e.message}`);
    if (!error) {
      expect(mine).toEqual([]);
      expect(story!.slides[0].notes).toEqual({ zh: (notes as { zh: string }).zh.trim(), en: (notes as { en: string }).en.trim() });
    } else {
      expect(mine.some((m) => error.test(m)), mine.join('\n')).toBe(true);
      // The slide is skipped and reported; the others stay.
      expect(story!.slides).toHaveLength(N - 1);
    }
  });

  it('stay out of the app state a slide sets (so out of links and exports)', () => {
    const s = clone();
    s.slides[0].notes = { zh: '只给讲者看', en: 'For the speaker only' };
    const slide = validateStory(s, records).story!.slides[0];
    expect(slide.notes).toBeDefined();
    expect(JSON.stringify(slideState(slide, initialState('en')))).not.toMatch(/speaker only|讲者/);
  });
});
