/**
 * Audience → presenter messages of the presenter link (the other direction is core/presenter-link.ts):
 *   { app: 'innovation-atlas-presenter', version: 1, status: 'slide', lang, index, story }  the slide shown
 *   { app: 'innovation-atlas-presenter', version: 1, status: 'ended', lang }                no story shown
 * The story travels whole, so the presenter window needs no dataset and shows the very story the audience
 * sees (a story from a file or the editor included). It is checked with the story schema on arrival:
 * a message that is not exactly this, or whose story does not validate, is ignored with a reason.
 * Pure: no DOM.
 */
import { PRESENTER_APP, PRESENTER_VERSION } from '../core/presenter-link.ts';
import type { Lang } from '../core/vocabulary.ts';
import { validateStory, type Story } from './schema.ts';

export type AudienceStatus = { status: 'slide'; lang: Lang; index: number; story: Story } | { status: 'ended'; lang: Lang };

export function statusMessage(s: AudienceStatus): AudienceStatus & { app: typeof PRESENTER_APP; version: typeof PRESENTER_VERSION } {
  return { app: PRESENTER_APP, version: PRESENTER_VERSION, ...s };
}

export type StatusResult = { ok: true; status: AudienceStatus } | { ok: false; reason: string };

/** Reads a message from the audience window; never throws. */
export function readStatus(data: unknown): StatusResult {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'not an object' };
  const m = data as Record<string, unknown>;
  // Commands (core/presenter-link.ts) share the channel: they are for the audience, not a mistake.
  if (m.app !== PRESENTER_APP || !('status' in m)) return { ok: false, reason: 'not a presenter status' };
  if (m.version !== PRESENTER_VERSION) return { ok: false, reason: `unsupported version ${String(m.version).slice(0, 20)}` };
  if (m.lang !== 'zh' && m.lang !== 'en') return { ok: false, reason: 'lang must be zh or en' };
  const keys = Object.keys(m).sort().join(',');
  if (m.status === 'ended') return keys === 'app,lang,status,version' ? { ok: true, status: { status: 'ended', lang: m.lang } } : { ok: false, reason: 'unexpected fields' };
  if (m.status !== 'slide') return { ok: false, reason: 'unknown status' };
  if (keys !== 'app,index,lang,status,story,version') return { ok: false, reason: 'unexpected fields' };
  const { story, errors } = validateStory(m.story);
  if (!story || errors.length) return { ok: false, reason: `story: ${errors[0]?.message ?? 'invalid'}`.slice(0, 200) };
  const index = m.index;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= story.slides.length) return { ok: false, reason: 'index is not a slide of the story' };
  return { ok: true, status: { status: 'slide', lang: m.lang, index, story } };
}
