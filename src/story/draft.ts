/**
 * The story an author builds in the page (the story editor): its rules as a pure reducer. A draft has the
 * shape of a story (schema.ts) but its texts may still be empty while the author writes them; `storyOf`
 * gives the story JSON to download and `validateStory` decides whether it is complete. Every slide is taken
 * from what the reader sees: camera, kinds, filters and the selected record (as the slide's highlight).
 * Pure: no DOM, storage or map; the editor's controller does the saving, reading and downloading.
 */
import { KINDS } from '../core/vocabulary.ts';
import type { Lang } from '../core/vocabulary.ts';
import type { AppState, Camera } from '../state/app-state.ts';
import { MAX_SLIDES, type Slide, type Story } from './schema.ts';

export interface Texts {
  zh: string;
  en: string;
}

/** A slide as it is being written: a story slide whose title and caption may be empty. */
export type DraftSlide = Omit<Slide, 'title' | 'caption'> & { title: Texts; caption: Texts };

export interface Draft {
  id: string;
  title: Texts;
  slides: DraftSlide[];
}

export type DraftAction =
  /** Appends the view as a slide (at most MAX_SLIDES; more is ignored). */
  | { type: 'add'; view: Pick<AppState, 'kinds' | 'fields' | 'regions' | 'countries' | 'years' | 'selected' | 'camera'> }
  | { type: 'slideText'; index: number; field: 'title' | 'caption'; lang: Lang; value: string }
  | { type: 'storyTitle'; lang: Lang; value: string }
  /** Moves slide `from` to position `to` (both clamped). */
  | { type: 'move'; from: number; to: number }
  | { type: 'remove'; index: number }
  /** Replaces the draft with a story opened from a file. */
  | { type: 'load'; story: Story }
  | { type: 'clear' };

/** A new author's story: no slides yet, a title to change. */
/** Where the draft is kept (local storage): one key for every atlas of this origin, one draft at a time. */
export const DRAFT_KEY = 'innovation-atlas:story-draft';

export function emptyDraft(): Draft {
  return { id: 'my-story', title: { zh: '我的演示', en: 'My story' }, slides: [] };
}

/**
 * The camera a slide keeps when the map is still at its first framing (the state has no camera then): the
 * centre of the Belt and Road extent the map opens on, at the zoom that shows it on a laptop screen.
 */
export const DEFAULT_SLIDE_CAMERA: Camera = { center: [63.5, 14], zoom: 2.4 };

/** The precision a link keeps (url.ts): a slide saved and reopened compares equal. */
const round = (x: number, digits: number) => Number(x.toFixed(digits)) || 0;

/** The first "slide-N" that no slide of `slides` uses. */
function freshId(slides: readonly DraftSlide[]): string {
  const used = new Set(slides.map((s) => s.id));
  let n = slides.length + 1;
  while (used.has(`slide-${n}`)) n++;
  return `slide-${n}`;
}

/** A slide of the view: its camera and filters, and the chosen record ringed; defaults are left out. */
export function slideOfView(view: Extract<DraftAction, { type: 'add' }>['view'], id: string): DraftSlide {
  const cam = view.camera ?? DEFAULT_SLIDE_CAMERA;
  const slide: DraftSlide = {
    id,
    title: { zh: '', en: '' },
    caption: { zh: '', en: '' },
    camera: { center: [round(cam.center[0], 3), round(cam.center[1], 3)], zoom: round(cam.zoom, 2) },
  };
  if (view.kinds.length !== KINDS.length) slide.kinds = [...view.kinds];
  if (view.fields.length) slide.fields = [...view.fields];
  if (view.regions.length) slide.regions = [...view.regions];
  if (view.countries.length) slide.countries = [...view.countries];
  if (view.years) slide.years = [view.years[0], view.years[1]];
  if (view.selected) slide.highlight = [view.selected];
  return slide;
}

const inRange = (i: number, n: number) => Number.isInteger(i) && i >= 0 && i < n;

/** The one way a draft changes. Pure; returns `draft` itself when the action changes nothing. */
export function reduceDraft(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case 'add':
      if (draft.slides.length >= MAX_SLIDES) return draft;
      return { ...draft, slides: [...draft.slides, slideOfView(action.view, freshId(draft.slides))] };
    case 'slideText': {
      const { index, field, lang, value } = action;
      const slide = draft.slides[index];
      if (!slide || slide[field][lang] === value) return draft;
      const slides = draft.slides.slice();
      slides[index] = { ...slide, [field]: { ...slide[field], [lang]: value } };
      return { ...draft, slides };
    }
    case 'storyTitle':
      return draft.title[action.lang] === action.value ? draft : { ...draft, title: { ...draft.title, [action.lang]: action.value } };
    case 'move': {
      const n = draft.slides.length;
      const to = Math.min(Math.max(0, action.to), n - 1);
      if (!inRange(action.from, n) || !Number.isInteger(to) || to === action.from) return draft;
      const slides = draft.slides.slice();
      const [moved] = slides.splice(action.from, 1);
      slides.splice(to, 0, moved);
      return { ...draft, slides };
    }
    case 'remove':
      return inRange(action.index, draft.slides.length) ? { ...draft, slides: draft.slides.filter((_, i) => i !== action.index) } : draft;
    case 'load':
      return { id: action.story.id, title: { ...action.story.title }, slides: action.story.slides.map((s) => ({ ...s })) };
    case 'clear':
      return emptyDraft();
  }
}

/** The draft as story JSON, keys in the schema's order (a download reopened and saved again is the same file). */
export function storyOf(draft: Draft): Story {
  const slides = draft.slides.map((s) => {
    const out: Record<string, unknown> = { id: s.id, title: texts(s.title), caption: texts(s.caption), camera: { center: [...s.camera.center], zoom: s.camera.zoom } };
    for (const key of ['kinds', 'fields', 'regions', 'countries', 'years', 'highlight', 'callouts'] as const) if (s[key] !== undefined) out[key] = structuredClone(s[key]);
    return out as Slide;
  });
  return { id: draft.id, title: texts(draft.title), slides };
}

function texts(t: Texts): Texts {
  return { zh: t.zh.trim(), en: t.en.trim() };
}

const isTexts = (x: unknown): x is Texts => typeof x === 'object' && x !== null && typeof (x as Texts).zh === 'string' && typeof (x as Texts).en === 'string';

/**
 * A draft saved earlier (local storage), or null when `raw` is not one. Its slides were the editor's own,
 * so only the shape is checked here; a download is validated in full.
 */
export function readDraft(raw: string | null): Draft | null {
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Draft;
    const ok = typeof d.id === 'string' && isTexts(d.title) && Array.isArray(d.slides) &&
      d.slides.every((s) => typeof s?.id === 'string' && isTexts(s.title) && isTexts(s.caption) && Array.isArray(s.camera?.center));
    return ok ? d : null;
  } catch {
    return null;
  }
}
