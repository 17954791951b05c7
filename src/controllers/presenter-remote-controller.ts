/**
 * The presenter window's end of the presenter link (core/presenter-link.ts): says hello, keeps the last
 * slide status the audience window sent (each checked by story/presenter-status.ts; anything else is
 * ignored), and sends the clicker's keys and the buttons' steps to the audience, which moves and answers
 * with its new slide. The audience's slide is the one truth: this window shows what it reports.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { channelName, clickerCommand, commandMessage, type PresenterCommand } from '../core/presenter-link.ts';
import { readStatus, type AudienceStatus } from '../story/presenter-status.ts';

export class PresenterRemoteController implements ReactiveController {
  /** The audience's last word; null until it has said anything. */
  status: AudienceStatus | null = null;
  private channel: BroadcastChannel | null = null;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly session: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.channel = new BroadcastChannel(channelName(this.session()));
    this.channel.onmessage = (e: MessageEvent) => this.receive(e.data);
    window.addEventListener('keydown', this.onKey);
    this.send('hello');
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
    this.channel?.close();
    this.channel = null;
  }

  send(command: PresenterCommand): void {
    this.channel?.postMessage(commandMessage(command));
  }

  private receive(data: unknown): void {
    const r = readStatus(data);
    if (!r.ok) return console.warn(`[innovation-atlas] presenter view: ignored a message (${r.reason})`);
    this.status = r.status;
    this.host.requestUpdate();
  }

  private key(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || this.status?.status !== 'slide') return;
    const target = e.composedPath()[0] as HTMLElement | undefined;
    const command = clickerCommand(e.key, target instanceof HTMLButtonElement);
    if (!command) return;
    e.preventDefault();
    this.send(command);
  }
}
