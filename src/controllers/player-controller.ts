/**
 * The year player's clock: while its element is on the page (it is rendered only while the player plays),
 * it asks for the next year at a steady pace. Every rule of what the next year is lives in reduce.ts
 * (`playStep`); this only keeps time, and stops with the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Long enough to see each year's additions settle, short enough to watch a decade in under ten seconds. */
export const PLAY_STEP_MS = 900;

export class PlayerController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly step: () => void,
    private readonly ms = PLAY_STEP_MS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer ??= setInterval(this.step, this.ms);
  }

  hostDisconnected(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
