/**
 * Where the atlas is published: the folder holding index.html, embed.html and innovation-atlas.js, which
 * the Embed dialog's snippets point at. The app and embed.html live in that folder, so the page's own
 * address is right for them; the library entry sets it from its own URL, since it runs in other pages.
 */
let base: string | null = null;

export function setPublishedBase(url: string): void {
  base = url;
}

export function publishedBase(): string {
  return base ?? new URL('.', document.baseURI).href;
}
