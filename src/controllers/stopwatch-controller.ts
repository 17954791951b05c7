/**
 * The presenter view's elapsed-time clock (core/stopwatch.ts) on the page's monotonic clock: it starts
 * when the view opens and redraws its host twice a second while it runs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STOPPED, elapsed, formatElapsed, pause, reset, start, type Stopwatch } from '../core/stopwatch.ts';

export class StopwatchController implements ReactiveController {
  private watch: Stopwatch = STOPPED;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get running(): boolean {
    return this.watch.since !== null;
  }

  /** The time shown: "4:07". */
  get text(): string {
    return formatElapsed(elapsed(this.watch, performance.now()));
  }

  hostConnected(): void {
    this.watch = start(this.watch, performance.now());
    this.tick();
  }

  hostDisconnected(): void {
    this.watch = pause(this.watch, performance.now());
    this.tick();
  }

  toggle(): void {
    const now = performance.now();
    this.watch = this.running ? pause(this.watch, now) : start(this.watch, now);
    this.tick();
  }

  reset(): void {
    this.watch = reset(this.watch, performance.now());
    this.host.requestUpdate();
  }

  /** Redraws while running (the seconds change), not while paused. */
  private tick(): void {
    clearInterval(this.timer);
    this.timer = this.running ? setInterval(() => this.host.requestUpdate(), 500) : undefined;
    this.host.requestUpdate();
  }
}
