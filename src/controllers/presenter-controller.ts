/**
 * Presenting: reflects `presenting` while a story is shown (the presentation theme hides the exploration
 * chrome) and takes the clicker's keys. Clickers send arrow/page keys to the page, not to the element, so
 * it listens on window while presenting.
 */
import type { ReactiveController } from 'lit';
import type { AtlasHost } from './host.ts';
import type { StoryController } from './story-controller.ts';

interface PresenterHost extends AtlasHost {
  presenting: boolean;
}

export class PresenterController implements ReactiveController {
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

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
      void this.host.updateComplete.then(() => (this.host.renderRoot.querySelector('atlas-presenter') as { focusSlide?: () => void } | null)?.focusSlide?.());
    } else window.removeEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
  }

  private key(e: KeyboardEvent): void {
    const { host } = this;
    const st = host.state.story;
    const story = this.story.story;
    if (!st || !story || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    // Several atlases on a page: only the one presenting full screen, owning the URL or holding focus reacts.
    if (!(document.fullscreenElement === host || host.syncUrl || host.matches(':focus-within'))) return;
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    const last = story.slides.length - 1;
    let slide: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'PageDown' || (e.key === ' ' && !(target instanceof HTMLButtonElement))) slide = Math.min(last, st.slide + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') slide = Math.max(0, st.slide - 1);
    else if (e.key === 'Home') slide = 0;
    else if (e.key === 'End') slide = last;
    else if (e.key === 'Escape') {
      e.preventDefault();
      host.dispatch({ type: 'closeStory' }, 'ui');
      return;
    }
    if (slide === null) return;
    e.preventDefault();
    if (slide !== st.slide) host.dispatch({ type: 'goToSlide', slide }, 'ui');
  }
}
