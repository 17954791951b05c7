/**
 * The audience window's end of the presenter link (core/presenter-link.ts): tells the presenter window
 * the slide shown, with the story, whenever it changes (and when asked with `hello`), and applies the
 * steps and exit it sends as if pressed here. Loaded when the presenter view is first opened. Closing the
 * presenter window changes nothing here: the audience keeps presenting.
 */
import type { ReactiveController } from 'lit';
import { channelName, readCommand, type PresenterCommand } from '../core/presenter-link.ts';
import { statusMessage, type AudienceStatus } from '../story/presenter-status.ts';
import type { AtlasHost } from './host.ts';
import type { StoryController } from './story-controller.ts';

export class PresenterChannelController implements ReactiveController {
  private channel: BroadcastChannel | null = null;
  /** What was last sent (slide, language and story), so each change is sent once. */
  private sent: { key: string; story: unknown } = { key: '', story: null };

  constructor(
    private readonly host: AtlasHost,
    private readonly story: StoryController,
    private readonly session: string,
    private readonly apply: (command: Exclude<PresenterCommand, 'hello'>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.channel = new BroadcastChannel(channelName(this.session));
    this.channel.onmessage = (e: MessageEvent) => this.receive(e.data);
    // The presenter window may have said hello before this end listened: say where we are unasked.
    this.send(true);
  }

  hostDisconnected(): void {
    this.send(true, { status: 'ended', lang: this.host.state.lang });
    this.channel?.close();
    this.channel = null;
  }

  hostUpdated(): void {
    this.send(false);
  }

  private receive(data: unknown): void {
    const command = readCommand(data);
    if (!command) return console.warn('[innovation-atlas] presenter link: ignored a message that is not a presenter command');
    if (command === 'hello') this.send(true);
    else this.apply(command);
  }

  /** The slide shown now; nothing while a story is still loading (it is sent once it has loaded). */
  private status(): AudienceStatus | null {
    const st = this.host.state.story;
    const story = this.story.story;
    const lang = this.host.state.lang;
    if (!st) return { status: 'ended', lang };
    if (!story) return null;
    return { status: 'slide', lang, index: Math.min(st.slide, story.slides.length - 1), story };
  }

  private send(force: boolean, status = this.status()): void {
    if (!status || !this.channel) return;
    const story = status.status === 'slide' ? status.story : null;
    const key = status.status === 'slide' ? `${status.story.id}#${status.index}#${status.lang}` : `ended#${status.lang}`;
    if (!force && key === this.sent.key && story === this.sent.story) return;
    this.sent = { key, story };
    this.channel.postMessage(statusMessage(status));
  }
}
