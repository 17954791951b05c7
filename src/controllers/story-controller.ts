/**
 * Loads the story the state presents (its code, its JSON, checked against the dataset), gives the reducer
 * its slides (`env`), and reports each slide shown in `atlas-slidechange`. No polling: a load waits for
 * the dataset's load to finish, and an export waits for `whenLoaded()`. A story comes from a registered
 * id, from a file named in the link (own origin only: nothing is fetched from elsewhere), or from the
 * story editor's preview (`atlas-story-preview`, held in memory while it is shown).
 */
import type { ReactiveController } from 'lit';
import type { Slide, Story } from '../story/schema.ts';
import type { StoryEnv } from '../state/reduce.ts';
import { savedCopyNotice } from './saved-copy.ts';
import { STORY_LINK_UI } from '../core/i18n/strings.ts';
import { isStoryFile, storyFileUrl } from '../state/story-ref.ts';
import { fire, type AtlasHost } from './host.ts';

type StoryLib = typeof import('../story/schema.ts');

export interface AtlasSlideChangeDetail {
  /** The story shown, or null when the story was closed. */
  story: string | null;
  /** 0-based slide index (the `slide` attribute and links count from 1). */
  index: number;
  count: number;
  title: string;
}

export class StoryController implements ReactiveController {
  /** The loaded story of `state.story`, validated against the dataset; null while none is. */
  story: Story | null = null;
  private lib: StoryLib | null = null;
  /** The story id being loaded or loaded ('' for none). */
  private requested = '';
  private abort: AbortController | null = null;
  private loaded: { promise: Promise<Story>; resolve(s: Story): void; reject(e: Error): void } = deferred();
  /** The last slide reported in atlas-slidechange, so each change is reported once. */
  private lastSlide = '';
  /** Stories the editor previews, as JSON by id: shown without a file, forgotten when the preview closes. */
  private readonly previews = new Map<string, string>();
  private readonly onPreview = (e: Event) => {
    const story = (e as CustomEvent<{ id: string; json: string }>).detail;
    this.previews.set(story.id, story.json);
    // The same id again (a second preview) must load the new text.
    if (this.requested === story.id) this.requested = '';
    this.host.dispatch({ type: 'openStory', id: story.id, slide: 0 }, 'ui');
  };

  constructor(
    private readonly host: AtlasHost,
    /** Resolves when the dataset's current load is done (the story's references are checked against it). */
    private readonly datasetDone: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The editor's event stays inside the shadow root (it is no public event): listen there.
    this.host.renderRoot.addEventListener('atlas-story-preview', this.onPreview);
  }

  hostUpdated(): void {
    const id = this.host.state.story?.id ?? '';
    if (!id && this.previews.size) this.previews.clear();
    if (id !== this.requested) void this.load(id);
    this.reportSlide();
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('atlas-story-preview', this.onPreview);
    this.abort?.abort();
    // A story that was loading when the element left is loaded again if it comes back.
    if (!this.story) this.requested = '';
  }

  /** The reducer's view of the loaded story. */
  get env(): StoryEnv | null {
    const { story, lib } = this;
    if (!story || !lib) return null;
    return { id: this.requested, count: story.slides.length, stateAt: (i, s) => lib.slideState(story.slides[i], s) };
  }

  /** The slide the state points at, or null when no story is shown. */
  get currentSlide(): Slide | null {
    const st = this.host.state.story;
    if (!st || !this.story) return null;
    return this.story.slides[Math.min(st.slide, this.story.slides.length - 1)] ?? null;
  }

  /** Resolves with the story once it has loaded; rejects if it cannot be, or is closed first. */
  async whenLoaded(): Promise<Story> {
    // A story opened just now starts loading in the host's next update (hostUpdated): wait for that, or
    // this would hand out the previous load's promise, which the new load rejects.
    await this.host.updateComplete;
    return this.loaded.promise;
  }

  private async load(id: string): Promise<void> {
    this.abort?.abort();
    this.requested = id;
    this.story = null;
    // The previous story's waiters learn it will not come; new ones wait for this load.
    this.loaded.reject(new Error('the story was closed'));
    this.loaded = deferred();
    this.host.requestUpdate();
    if (!id) return;
    const abort = (this.abort = new AbortController());
    const fail = (message: string) => {
      if (abort.signal.aborted) return;
      this.loaded.reject(new Error(message));
      this.host.reportErrors([{ id, index: -1, field: '(story)', message }]);
      this.host.dispatch({ type: 'closeStory' }, 'api');
    };
    let preview = this.previews.get(id);
    let url = this.host.stories[id];
    // A reload during the editor's preview: the story is the author's saved draft.
    if (!url && !preview && !isStoryFile(id) && (preview = await savedDraftStory(id)) !== undefined) this.previews.set(id, preview);
    if (abort.signal.aborted) return;
    if (!url && !preview && isStoryFile(id)) {
      // A file named in the link: fetched only from this page's own origin.
      const file = storyFileUrl(id, location.href);
      if ('otherOrigin' in file) return fail(STORY_LINK_UI.otherSite[this.host.state.lang].replace('{ref}', id).replace('{origin}', file.otherOrigin));
      url = file.url;
    }
    if (!url && !preview) return fail(`no story called "${id}"`);
    let text: string;
    try {
      // The story code loads with the first story; its references are checked against the dataset.
      const [lib] = await Promise.all([import('../story/schema.ts'), this.datasetDone()]);
      this.lib = lib;
    } catch (err) {
      return fail(`could not load the story player: ${(err as Error).message}`);
    }
    if (preview !== undefined) text = preview;
    else {
      try {
        text = await this.fetchText(id, url!, abort.signal);
      } catch (err) {
        return fail(`could not load ${url}: ${(err as Error).message}`);
      }
    }
    if (abort.signal.aborted) return;
    const { parseStory, formatStoryError } = this.lib;
    const result = parseStory(text, this.host.records);
    if (result.errors.length) {
      // Bad slides are reported and skipped; the atlas and the good slides still work.
      this.host.reportErrors(
        result.errors.map((e) => ({ id: e.slide, index: -1, field: `story ${id}`, message: formatStoryError(e) })),
        { open: false, event: false },
      );
      for (const e of result.errors) console.warn(`[innovation-atlas] story ${id}: ${formatStoryError(e)}`);
    }
    if (!result.story) return fail(`story "${id}" has no valid slide`);
    this.story = result.story;
    this.loaded.resolve(result.story);
    this.host.dispatch({ type: 'applySlide' }, 'url');
  }

  private async fetchText(id: string, url: string, signal: AbortSignal): Promise<string> {
    const res = await fetch(url, { signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const notice = savedCopyNotice(res, id, '(story)');
    if (notice) this.host.reportErrors([notice], { open: true, event: false });
    return res.text();
  }

  /** Fires atlas-slidechange once per slide shown (and once with story null when a story closes). */
  private reportSlide(): void {
    const st = this.host.state.story;
    const story = this.story;
    const shown = st && story ? st : null;
    const key = shown ? `${shown.id}#${shown.slide}` : '';
    if (key === this.lastSlide) return;
    const wasShowing = this.lastSlide !== '';
    this.lastSlide = key;
    if (!shown && !wasShowing) return;
    const detail: AtlasSlideChangeDetail =
      shown && story
        ? { story: shown.id, index: shown.slide, count: story.slides.length, title: this.currentSlide?.title[this.host.state.lang] ?? '' }
        : { story: null, index: -1, count: 0, title: '' };
    fire(this.host, 'atlas-slidechange', detail);
  }
}

function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: Error): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may be waiting: an unwatched rejection is not an error.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** The author's saved draft as story JSON when it is the story asked for (the editor's code loads only then). */
async function savedDraftStory(id: string): Promise<string | undefined> {
  let raw: string | null = null;
  const { DRAFT_KEY, readDraft, storyOf } = await import('../story/draft.ts');
  try {
    raw = window.localStorage.getItem(DRAFT_KEY);
  } catch {
    return undefined; // storage blocked for the page
  }
  const draft = readDraft(raw);
  return draft && draft.id === id ? JSON.stringify(storyOf(draft)) : undefined;
}
