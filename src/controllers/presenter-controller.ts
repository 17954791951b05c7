/**
 * Presenting: reflects `presenting` while a story is shown (the presentation theme hides the exploration
 * chrome) and takes the clicker's keys. Clickers send arrow/page keys to the page, not to the element, so
 * it listens on window while presenting. P (or the presenter's "Presenter view" button) opens the
 * presenter view, a second window of the app page; its link (presenter-channel-controller.ts) loads then.
 */
import type { ReactiveController } from 'lit';
import { OPEN_PRESENTER_VIEW, clickerCommand, presenterHash, slideAfter, type PresenterCommand } from '../core/presenter-link.ts';
import type { AtlasHost } from './host.ts';
import type { StoryController } from './story-controller.ts';

interface PresenterHost extends AtlasHost {
  presenting: boolean;
}

export class PresenterController implements ReactiveController {
  private readonly onKey = (e: KeyboardEvent) => this.key(e);
  private readonly onOpenView = () => this.openView();
  /** The presenter view's session (made on first use, kept while the element lives) and its window. */
  private view: { session: string; win: Window | null; link: unknown } | null = null;

  constructor(
    private readonly host: PresenterHost,
    private readonly story: StoryController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const on = Boolean(this.host.state.story && this.story.story);
    if (on === this.host.presenting) return;
    this.host.presenting = on;
    if (on) {
      window.addEventListener('keydown', this.onKey);
      this.host.renderRoot.addEventListener(OPEN_PRESENTER_VIEW, this.onOpenView);
      this.focusSlide();
    } else {
      window.removeEventListener('keydown', this.onKey);
      this.host.renderRoot.removeEventListener(OPEN_PRESENTER_VIEW, this.onOpenView);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
  }

  /** A step or exit, from a key here or from the presenter window: applied to the slide shown now. */
  apply(command: Exclude<PresenterCommand, 'hello'>): void {
    const st = this.host.state.story;
    const story = this.story.story;
    if (!st || !story) return;
    if (command === 'exit') return this.host.dispatch({ type: 'closeStory' }, 'ui');
    const slide = slideAfter(command, st.slide, story.slides.length);
    if (slide !== st.slide) this.host.dispatch({ type: 'goToSlide', slide }, 'ui');
  }

  private focusSlide(): void {
    void this.host.updateComplete.then(() => (this.host.renderRoot.querySelector('atlas-presenter') as { focusSlide?: () => void } | null)?.focusSlide?.());
  }

  /**
   * Opens (or brings forward) the presenter window: the app page with `#presenter=<session>`. Only the
   * full-page app (sync-url) has a page to open; it must run in the key press or click that asked for it,
   * or the browser blocks the window.
   */
  private openView(): void {
    const { host } = this;
    if (!host.syncUrl || typeof BroadcastChannel !== 'function') return;
    const view = (this.view ??= { session: Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join(''), win: null, link: null });
    if (view.win && !view.win.closed) view.win.focus();
    else {
      const url = new URL(location.href);
      url.hash = presenterHash(view.session, host.state.lang);
      view.win = window.open(url.href, `atlas-presenter-${view.session}`, 'popup,width=1280,height=800');
      if (!view.win) console.warn('[innovation-atlas] the browser blocked the presenter window');
    }
    // Space and the clicker keep driving the slides here, not the button that opened the window.
    this.focusSlide();
    if (!view.link) {
      view.link = import('./presenter-channel-controller.ts').then(
        (m) => (view.link = new m.PresenterChannelController(host, this.story, view.session, (c) => this.apply(c))),
        (err: Error) => {
          view.link = null;
          console.warn(`[innovation-atlas] no presenter link: ${err.message}`);
        },
      );
    }
  }

  private key(e: KeyboardEvent): void {
    const { host } = this;
    if (!host.state.story || !this.story.story || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    // Several atlases on a page: only the one presenting full screen, owning the URL or holding focus reacts.
    if (!(document.fullscreenElement === host || host.syncUrl || host.matches(':focus-within'))) return;
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    if (e.key === 'p' || e.key === 'P') return this.openView();
    const command = clickerCommand(e.key, target instanceof HTMLButtonElement);
    if (!command) return;
    e.preventDefault();
    this.apply(command);
  }
}
