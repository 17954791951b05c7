/**
 * Printing: a WebGL canvas prints as a blank box unless its buffer is preserved (which costs every frame),
 * so before printing draw one frame, copy it to a 2D canvas in the `.print-map` slot the print CSS shows,
 * and empty the slot afterwards.
 */
import type { ReactiveController } from 'lit';
import type { AtlasHost } from './host.ts';

export class PrintController implements ReactiveController {
  private readonly before = () => {
    const slot = this.host.renderRoot.querySelector<HTMLElement>('.print-map');
    const copy = this.host.mapSurface?.snapshot();
    if (slot && copy) slot.replaceChildren(copy);
  };
  private readonly after = () => this.host.renderRoot.querySelector('.print-map')?.replaceChildren();

  constructor(private readonly host: AtlasHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }
}
