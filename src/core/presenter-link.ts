/**
 * The presenter view's link to the audience window: both are the app page, on one origin, talking over a
 * `BroadcastChannel` named after a session id that the audience window makes up when it opens the
 * presenter window (`index.html#presenter=<session>&lang=zh`). Each audience window has its own session,
 * so two presentations in two tabs never steer each other.
 *
 * Presenter → audience: `{ app: 'innovation-atlas-presenter', version: 1, command }` with `command` one of
 * `hello` (send me where you are), `next`, `prev`, `first`, `last`, `exit`. The audience applies a step to
 * its own slide, so presses in both windows in quick succession all count. Anything else is ignored.
 * Audience → presenter: the slide shown, in story/presenter-status.ts (it carries the story).
 * Pure: no DOM, no channel; the glue is in src/controllers/presenter-*-controller.ts.
 */
import type { Lang } from './vocabulary.ts';

export const PRESENTER_APP = 'innovation-atlas-presenter';
export const PRESENTER_VERSION = 1;
/** The event the presenter's "Presenter view" button sends up to the atlas (inside its shadow root only). */
export const OPEN_PRESENTER_VIEW = 'atlas-open-presenter-view';

export const PRESENTER_COMMANDS = ['hello', 'next', 'prev', 'first', 'last', 'exit'] as const;
export type PresenterCommand = (typeof PRESENTER_COMMANDS)[number];

export interface CommandMessage {
  app: typeof PRESENTER_APP;
  version: typeof PRESENTER_VERSION;
  command: PresenterCommand;
}

export function channelName(session: string): string {
  return `${PRESENTER_APP}/${session}`;
}

/** The hash that opens the app page as the presenter view of `session` (read by src/presenter-flag.ts). */
export function presenterHash(session: string, lang: Lang): string {
  return `#presenter=${session}&lang=${lang}`;
}

export function commandMessage(command: PresenterCommand): CommandMessage {
  return { app: PRESENTER_APP, version: PRESENTER_VERSION, command };
}

/** A command from the presenter window, or null for anything else (another app, version or shape). */
export function readCommand(data: unknown): PresenterCommand | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (m.app !== PRESENTER_APP || m.version !== PRESENTER_VERSION || Object.keys(m).length !== 3) return null;
  return (PRESENTER_COMMANDS as readonly unknown[]).includes(m.command) ? (m.command as PresenterCommand) : null;
}

/**
 * What a key does while presenting, in either window: the keys clickers send (PageDown/PageUp, arrows,
 * space) step; Home/End jump; Escape leaves. Space on a focused button presses the button instead.
 */
export function clickerCommand(key: string, onButton: boolean): Exclude<PresenterCommand, 'hello'> | null {
  if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !onButton)) return 'next';
  if (key === 'ArrowLeft' || key === 'PageUp') return 'prev';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (key === 'Escape') return 'exit';
  return null;
}

/** The slide a step leads to from `slide` in a story of `count` slides (clamped to it). */
export function slideAfter(command: 'next' | 'prev' | 'first' | 'last', slide: number, count: number): number {
  const last = Math.max(0, count - 1);
  if (command === 'first') return 0;
  if (command === 'last') return last;
  return Math.min(last, Math.max(0, slide + (command === 'next' ? 1 : -1)));
}
