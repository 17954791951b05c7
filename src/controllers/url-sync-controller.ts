/**
 * Keeps the state in the page's URL hash (the full-page app, `sync-url`): camera moves replace the history
 * entry, every other change is a step that Back undoes; Back, Forward and an edited hash come in as a
 * `replace` action.
 */
import type { ReactiveController } from 'lit';
import { initialState, type AppState } from '../state/app-state.ts';
import { decodeState, encodeState } from '../state/url.ts';
import type { AtlasHost } from './host.ts';

export class UrlSyncController implements ReactiveController {
  /** The state last written to (or read from) the URL. */
  private written: AppState | null = null;
  private readonly onPop = () => this.read();

  constructor(private readonly host: AtlasHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.syncUrl) return;
    window.addEventListener('popstate', this.onPop);
    window.addEventListener('hashchange', this.onPop);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPop);
    window.removeEventListener('hashchange', this.onPop);
  }

  hostUpdated(): void {
    if (!this.host.syncUrl) return;
    const { state } = this.host;
    const prev = this.written;
    if (prev === state) return;
    this.written = state;
    // The first state came from the URL (or the attributes): nothing to write back.
    if (prev) write(prev, state);
  }

  private read(): void {
    const next = decodeState(location.hash, initialState(this.host.state.lang));
    if (encodeState(next) === encodeState(this.host.state)) return;
    this.host.dispatch({ type: 'replace', state: next }, 'url');
  }
}

function write(prev: AppState, state: AppState): void {
  const hash = `#${encodeState(state)}`;
  if (hash === location.hash) return;
  const onlyCamera = encodeState({ ...prev, camera: state.camera }) === encodeState(state);
  if (onlyCamera) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
}
