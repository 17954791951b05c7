import type { Action } from '../state/app-state.ts';

/**
 * Children say what the reader asked for as a reducer Action; the root element reduces it. The event
 * bubbles inside the atlas's shadow root only (not composed), so host pages never see it.
 */
export const ACTION_EVENT = 'atlas-action';

export function emitAction(from: HTMLElement, action: Action): void {
  from.dispatchEvent(new CustomEvent<Action>(ACTION_EVENT, { detail: action, bubbles: true, composed: false }));
}
