/**
 * Printing: a WebGL canvas prints as a blank box unless its buffer is preserved (which costs every frame),
 * so before printing draw one frame, copy it to a 2D canvas in the `.print-map` slot the print CSS shows,
 * and empty the slot afterwards. A story's slides can print as a deck instead, one slide a page.
 */
import type { ReactiveController } from 'lit';
import type { AtlasHost } from './host.ts';

export class PrintController implements ReactiveController {
  private readonly before = () => {
    // A deck laid out for printing (printDeck) prints instead of the current view.
    if (this.deck()?.childElementCount) return;
    const slot = this.host.renderRoot.querySelector<HTMLElement>('.print-map');
    const copy = this.host.mapSurface?.snapshot();
    if (slot && copy) slot.replaceChildren(copy);
  };
  private readonly after = () => {
    this.host.renderRoot.querySelector('.print-map')?.replaceChildren();
    this.clearDeck();
  };
  private urls: string[] = [];

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
    this.clearDeck();
  }

  /**
   * Prints slide images one to a page (the browser's print dialog saves them as a PDF: a handout with no
   * PDF library shipped). The images stay in the print slot until the print is done. Each image's text
   * alternative (`alts`) names what the page shows, as its card heads it: deck title and slide title.
   */
  async printDeck(images: readonly Blob[], alts: readonly string[] = []): Promise<void> {
    const slot = this.deck();
    if (!slot) return;
    this.clearDeck();
    this.urls = images.map((b) => URL.createObjectURL(b));
    const imgs = this.urls.map((src, i) => Object.assign(document.createElement('img'), { src, alt: alts[i] ?? '' }));
    slot.replaceChildren(...imgs);
    await Promise.all(imgs.map((img) => img.decode()));
    this.host.toggleAttribute('data-print-deck', true);
    window.print();
  }

  private deck(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.print-deck');
  }

  private clearDeck(): void {
    this.deck()?.replaceChildren();
    this.host.toggleAttribute('data-print-deck', false);
    for (const u of this.urls) URL.revokeObjectURL(u);
    this.urls = [];
  }
}
