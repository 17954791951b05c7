/**
 * The story editor's effects: the draft kept in local storage (it survives a reload until the author
 * discards it), a story file read from the author's disk, the story JSON downloaded, and the preview handed
 * to the atlas (`atlas-story-preview`, which its story controller plays). The rules are the draft's reducer
 * (src/story/draft.ts); problems are the story loader's own (src/story/schema.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StoryProblem } from '../core/i18n/story-problems.ts';
import type { EDITOR_UI } from '../core/i18n/editor-strings.ts';
import type { AtlasRecord } from '../core/record.ts';
import { downloadName } from '../export/file-name.ts';
import { DRAFT_KEY, emptyDraft, readDraft, reduceDraft, storyOf, type Draft, type DraftAction } from '../story/draft.ts';
import { parseStory, validateStory } from '../story/schema.ts';
import { download } from './download.ts';

export { DRAFT_KEY };

/** What went wrong, kept as the loader's problems so they are worded in whatever language is shown. */
export interface DraftProblems {
  heading: keyof typeof EDITOR_UI;
  problems: StoryProblem[];
  /** Slide ids in the order of the story the problems are about (to name a slide by its place). */
  order: string[];
}

export class StoryDraftController implements ReactiveController {
  draft: Draft;
  problems: DraftProblems | null = null;
  /** False when the browser refused to store the draft (private mode, storage full). */
  saved = true;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.draft = readDraft(storage()?.getItem(DRAFT_KEY) ?? null) ?? emptyDraft();
  }

  hostConnected(): void {
    // A draft changed in another tab of this atlas.
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  private readonly onStorage = (e: StorageEvent) => {
    if (e.key !== DRAFT_KEY) return;
    this.draft = readDraft(e.newValue) ?? emptyDraft();
    this.host.requestUpdate();
  };

  apply(action: DraftAction): void {
    const next = reduceDraft(this.draft, action);
    if (next === this.draft) return;
    this.draft = next;
    if (action.type !== 'slideText' && action.type !== 'storyTitle') this.problems = null;
    this.save(action.type === 'clear');
    this.host.requestUpdate();
  }

  private save(clear: boolean): void {
    try {
      const s = storage();
      if (!s) throw new Error('no storage');
      if (clear) s.removeItem(DRAFT_KEY);
      else s.setItem(DRAFT_KEY, JSON.stringify(this.draft));
      this.saved = true;
    } catch {
      this.saved = false;
    }
  }

  /** The draft as a story when it is complete; otherwise null, with its problems shown. */
  private complete(records: readonly AtlasRecord[]): string | null {
    const story = storyOf(this.draft);
    const result = validateStory(story, records);
    if (result.errors.length || !result.story) {
      this.problems = { heading: 'incomplete', problems: result.errors, order: story.slides.map((s) => s.id) };
      this.host.requestUpdate();
      return null;
    }
    this.problems = null;
    return `${JSON.stringify(story, null, 2)}\n`;
  }

  /** Downloads the story JSON (only a complete, schema-valid story). True when it did. */
  download(records: readonly AtlasRecord[]): boolean {
    const json = this.complete(records);
    if (json === null) return false;
    const name = downloadName({ what: 'story', story: this.draft.id }, { kinds: [], fields: [], regions: [], countries: [], years: null }, 'en', new Date().toISOString().slice(0, 10));
    download(new Blob([json], { type: 'application/json' }), name);
    this.host.requestUpdate();
    return true;
  }

  /** Plays the draft in present mode (the atlas's story controller takes it from the event). */
  preview(records: readonly AtlasRecord[]): boolean {
    const json = this.complete(records);
    if (json === null) return false;
    this.host.dispatchEvent(new CustomEvent('atlas-story-preview', { detail: { id: this.draft.id, json }, bubbles: true }));
    return true;
  }

  /**
   * Opens a story file. A file that is not a story leaves the draft as it was and lists every problem by
   * slide and field; a story whose bad slides or references were left out opens, and says what was left out.
   */
  async open(file: Blob, records: readonly AtlasRecord[]): Promise<boolean> {
    const text = await file.text();
    const result = parseStory(text, records);
    const order = rawSlideIds(text);
    if (!result.story) {
      this.problems = { heading: 'fileProblems', problems: result.errors, order };
      this.host.requestUpdate();
      return false;
    }
    this.apply({ type: 'load', story: result.story });
    this.problems = result.errors.length ? { heading: 'fileSkipped', problems: result.errors, order } : null;
    this.host.requestUpdate();
    return true;
  }
}

/** The ids of a file's slides in order ("" for one without), to name a problem's slide by its place. */
function rawSlideIds(text: string): string[] {
  try {
    const slides = (JSON.parse(text) as { slides?: unknown }).slides;
    return Array.isArray(slides) ? slides.map((s) => (typeof s?.id === 'string' ? s.id : '')) : [];
  } catch {
    return [];
  }
}

/** localStorage, or null where reading it throws (storage blocked for the page). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
