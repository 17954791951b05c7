import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * `style=${inlineStyle({ width: '40%' })}`: like Lit's styleMap, but always through the CSSOM. styleMap
 * writes a `style="…"` attribute on first render, which a strict Content Security Policy (style-src
 * without 'unsafe-inline') blocks as an inline style; setting `element.style` properties is allowed.
 * Property names are CSS names (`background`, `left`, `--x`).
 */
class InlineStyle extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('inlineStyle() belongs in a style= binding');
  }

  render(_styles: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(styles));
    return noChange;
  }
}

export const inlineStyle = directive(InlineStyle);
