/**
 * The story editor's rules (src/story/draft.ts): a slide is the view as the reader sees it, texts are
 * edited per slide and language, slides move, go and come back from a file, and a finished draft is a
 * schema-valid story that survives a save and a reopen unchanged. Table-driven, pure.
 */
import { describe, expect, it } from 'vitest';
import { initialState, type AppState } from '../../src/state/app-state.ts';
import { DEFAULT_SLIDE_CAMERA, emptyDraft, readDraft, reduceDraft, slideOfView, storyOf, type Draft, type DraftAction } from '../../src/story/draft.ts';
import { MAX_SLIDES, parseStory, validateStory } from '../../src/story/schema.ts';

const view = initialState('en');
const at = (camera: AppState['camera'], more: Partial<AppState> = {}): AppState => ({ ...view, camera, ...more });
const run = (actions: DraftAction[], from: Draft = emptyDraft()) => actions.reduce(reduceDraft, from);
const add = (v: AppState = at({ center: [10, 20], zoom: 3 })): DraftAction => ({ type: 'add', view: v });
const ids = (d: Draft) => d.slides.map((s) => s.id);
const fill = (d: Draft): Draft =>
  run(d.slides.flatMap((_, index) => (['title', 'caption'] as const).flatMap((field) => (['zh', 'en'] as const).map((lang) => ({ type: 'slideText', index, field, lang, value: `${field} ${lang} ${index + 1}` }) as DraftAction))), d);

describe('a slide takes the view', () => {
  it.each([
    { title: 'everything shown: only the camera', v: at({ center: [36.8219, -1.29207], zoom: 4.567 }), want: { camera: { center: [36.822, -1.292], zoom: 4.57 } }, absent: ['kinds', 'fields', 'regions', 'countries', 'years', 'highlight'] },
    { title: 'the first framing (no camera yet): the default camera', v: at(null), want: { camera: DEFAULT_SLIDE_CAMERA }, absent: ['kinds'] },
    {
      title: 'layers, filters, years and the chosen record',
      v: at({ center: [100, 10], zoom: 5 }, { kinds: ['joint-lab', 'park'], fields: ['energy'], regions: ['africa'], countries: ['KEN'], years: [2015, 2020], selected: 'flagship-cpec' }),
      want: { kinds: ['joint-lab', 'park'], fields: ['energy'], regions: ['africa'], countries: ['KEN'], years: [2015, 2020], highlight: ['flagship-cpec'] },
      absent: [],
    },
  ])('$title', ({ v, want, absent }) => {
    const s = slideOfView(v, 'slide-1');
    expect(s).toMatchObject({ id: 'slide-1', title: { zh: '', en: '' }, caption: { zh: '', en: '' }, ...want });
    for (const k of absent) expect(s).not.toHaveProperty(k);
  });

  it('does not share arrays with the state it came from', () => {
    const v = at(null, { fields: ['energy'] });
    const s = slideOfView(v, 'x');
    s.fields!.push('health');
    expect(v.fields).toEqual(['energy']);
  });
});

describe('the draft reducer', () => {
  const three = run([add(), add(), add()]);
  it.each<{ title: string; actions: DraftAction[]; ids: string[] }>([
    { title: 'adds slides with fresh ids', actions: [], ids: ['slide-1', 'slide-2', 'slide-3'] },
    { title: 'moves the last slide first', actions: [{ type: 'move', from: 2, to: 0 }], ids: ['slide-3', 'slide-1', 'slide-2'] },
    { title: 'moves a slide down one', actions: [{ type: 'move', from: 0, to: 1 }], ids: ['slide-2', 'slide-1', 'slide-3'] },
    { title: 'clamps a move past the end', actions: [{ type: 'move', from: 0, to: 9 }], ids: ['slide-2', 'slide-3', 'slide-1'] },
    { title: 'ignores a move from nowhere', actions: [{ type: 'move', from: 5, to: 0 }], ids: ['slide-1', 'slide-2', 'slide-3'] },
    { title: 'deletes a slide', actions: [{ type: 'remove', index: 1 }], ids: ['slide-1', 'slide-3'] },
    { title: 'ignores deleting what is not there', actions: [{ type: 'remove', index: 3 }], ids: ['slide-1', 'slide-2', 'slide-3'] },
    { title: 'a slide added after a delete gets an unused id', actions: [{ type: 'remove', index: 0 }, add()], ids: ['slide-2', 'slide-3', 'slide-4'] },
    { title: 'discarding empties it', actions: [{ type: 'clear' }], ids: [] },
  ])('$title', ({ actions, ids: want }) => {
    expect(ids(run(actions, three))).toEqual(want);
  });

  it('returns the same draft when nothing changes', () => {
    for (const a of [{ type: 'move', from: 1, to: 1 }, { type: 'remove', index: -1 }, { type: 'slideText', index: 7, field: 'title', lang: 'en', value: 'x' }, { type: 'storyTitle', lang: 'en', value: 'My story' }] as DraftAction[]) {
      expect(reduceDraft(three, a)).toBe(three);
    }
  });

  it('edits one text of one slide in one language, and never the input', () => {
    const before = structuredClone(three);
    const d = reduceDraft(three, { type: 'slideText', index: 1, field: 'caption', lang: 'zh', value: '说明' });
    expect(d.slides[1].caption).toEqual({ zh: '说明', en: '' });
    expect(d.slides[0]).toBe(three.slides[0]);
    expect(three).toEqual(before);
  });

  it(`stops at ${MAX_SLIDES} slides`, () => {
    const full = run(Array.from({ length: MAX_SLIDES + 2 }, () => add()));
    expect(full.slides).toHaveLength(MAX_SLIDES);
  });
});

describe('the draft as a story', () => {
  it('an unfinished draft names each empty text by slide and field', () => {
    const d = reduceDraft(run([add(), add()]), { type: 'slideText', index: 0, field: 'title', lang: 'en', value: 'Only this' });
    const { errors } = validateStory(storyOf(d));
    expect(errors.filter((e) => e.slide === 'slide-1').map((e) => e.field)).toEqual(['title.zh', 'caption.zh', 'caption.en']);
    expect(errors.filter((e) => e.slide === 'slide-2').map((e) => e.field)).toEqual(['title.zh', 'title.en', 'caption.zh', 'caption.en']);
  });

  it('a finished draft is schema-valid; saved, reopened and saved again it is the same JSON', () => {
    const d = fill(run([add(at({ center: [36.8, -1.3], zoom: 4 }, { fields: ['transport'], selected: 'flagship-cpec' })), add(at(null)), { type: 'move', from: 1, to: 0 }]));
    const first = JSON.stringify(storyOf(d), null, 2);
    const opened = parseStory(first);
    expect(opened.errors).toEqual([]);
    const again = JSON.stringify(storyOf(reduceDraft(emptyDraft(), { type: 'load', story: opened.story! })), null, 2);
    expect(again).toBe(first);
  });

  it('trims the texts it writes', () => {
    const d = reduceDraft(fill(run([add()])), { type: 'slideText', index: 0, field: 'title', lang: 'en', value: '  Padded  ' });
    expect(storyOf(d).slides[0].title.en).toBe('Padded');
  });
});

describe('a saved draft read back', () => {
  const d = fill(run([add(), add()]));
  it.each([
    { title: 'a draft', raw: JSON.stringify(d), ok: true },
    { title: 'nothing saved', raw: null, ok: false },
    { title: 'not JSON', raw: '{oops', ok: false },
    { title: 'another shape', raw: JSON.stringify({ id: 'x', slides: 'no' }), ok: false },
    { title: 'a slide without its texts', raw: JSON.stringify({ ...d, slides: [{ id: 's', camera: { center: [0, 0], zoom: 1 } }] }), ok: false },
  ])('$title', ({ raw, ok }) => {
    const out = readDraft(raw);
    if (ok) expect(out).toEqual(d);
    else expect(out).toBeNull();
  });
});
