import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cooperativeGestures, readGestures } from '../state/embed-options.ts';

/** What the controller needs of <atlas-map>: the `gestures` choice, and where to apply the outcome. */
export interface GesturesHost extends ReactiveControllerHost, HTMLElement {
  gestures: string | null;
  setCooperative(on: boolean): void;
}

/**
 * Keeps the map's cooperative gestures in line with the page around it (the rule is cooperativeGestures in
 * embed-options.ts): re-checked when the page's size changes (content loaded, window resized), on entering
 * or leaving full screen, and just before each wheel or touch reaches the map (capture phase), so the map
 * never takes a scroll the page should have had.
 */
export class GesturesController implements ReactiveController {
  private observer: ResizeObserver | null = null;
  private readonly check = () => this.host.setCooperative(this.cooperative);

  constructor(private readonly host: GesturesHost) {
    host.addController(this);
  }

  /** Whether gestures should be cooperative now. */
  get cooperative(): boolean {
    const root = document.scrollingElement ?? document.documentElement;
    return cooperativeGestures(readGestures(this.host.gestures), {
      framed: window.parent !== window,
      scrolls: root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1,
      fullscreen: document.fullscreenElement !== null,
    });
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(this.check);
    this.observer.observe(document.documentElement);
    document.addEventListener('fullscreenchange', this.check);
    for (const type of ['wheel', 'touchstart'] as const) this.host.addEventListener(type, this.check, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    document.removeEventListener('fullscreenchange', this.check);
    for (const type of ['wheel', 'touchstart'] as const) this.host.removeEventListener(type, this.check, { capture: true });
  }

  hostUpdated(): void {
    this.check();
  }
}
