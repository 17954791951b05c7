/**
 * The embed snippets on a news-article page served with a strict Content-Security-Policy: the README's
 * (element, its setup script, iframe with embed-host.js) and the Embed dialog's (as a CMS that strips
 * scripts leaves the iframe one). Each must raise no CSP violation and give the map its intended size, with
 * nothing clipped; embed.html must pass axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementSnippet, iframeSnippet } from '../../src/embed/snippet.ts';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';
import { serveFiles, type FileServer } from './support/serve.ts';

/** The host article's policy as the issue gives it: nothing inline, nothing from elsewhere. */
const ARTICLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const { given } = useAtlasDriver();

/** The README's embed snippets: the code blocks of its "Embed the atlas in your page" section, in order. */
function readmeSnippets(): { element: string; setup: string; iframe: string } {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('## Embed the atlas in your page');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const blocks = [...section.matchAll(/```(html|js)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
  const html = blocks.filter((b) => b.lang === 'html').map((b) => b.code);
  const js = blocks.filter((b) => b.lang === 'js').map((b) => b.code);
  expect(html, 'the README gives an element and an iframe snippet').toHaveLength(2);
  expect(js, 'and one setup script').toHaveLength(1);
  return { element: html[0], setup: js[0], iframe: html[1] };
}

/** An article: text above and below, a column 720 px wide, the stylesheet a file (style-src 'self'). */
const ARTICLE_CSS = `body { margin: 0; font: 18px/1.6 Georgia, serif; } main { max-width: 720px; margin: 0 auto; padding: 0 16px; }`;
const article = (embeds: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
  <link rel="icon" href="/host/none.ico"><link rel="stylesheet" href="/host/article.css"></head><body><main>
  <h1>Belt and Road science, in one map</h1>${'<p>Paragraph of the article before the map.</p>'.repeat(6)}
  ${embeds}
  ${'<p>Paragraph of the article after the map.</p>'.repeat(30)}</main></body></html>`;

/** Records CSP violations in every frame from its first script on. */
const recordViolations = () => {
  const w = window as unknown as { __violations: string[] };
  w.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
};
const violations = (scope: Page | Frame) => scope.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

let server: FileServer;
beforeAll(async () => {
  const { element, setup, iframe } = readmeSnippets();
  const lib = (code: string) => code.replaceAll('https://your.site/atlas/', '/lib/');
  server = await serveFiles({ '/lib/': 'dist-lib' }, { '/host/article.css': ARTICLE_CSS, '/host/none.ico': '' }, { 'content-security-policy': ARTICLE_CSP });
  // The README's snippets as given, the script file beside the page.
  server.pages['/host/atlas-setup.js'] = setup;
  server.pages['/host/readme.html'] = article(`${lib(element)}\n<p>Between the maps.</p>\n${lib(iframe)}`);
  // The dialog's snippets for this server; the iframe's host script stripped, as many CMSs do.
  const o = { base: server.url('/lib/'), lang: 'zh' as const, camera: { center: [80, 20] as [number, number], zoom: 2.5 }, controls: 'minimal' as const, theme: 'light' as const, story: null, worldview: 'cn' as const, height: 480 };
  const strippedIframe = iframeSnippet(o).replace(/<script[^>]*><\/script>/g, '');
  expect(strippedIframe).not.toContain('<script');
  server.pages['/host/dialog.html'] = article(`${elementSnippet({ ...o, lang: 'en' })}\n<p>Between the maps.</p>\n${strippedIframe}`);
});
afterAll(() => server?.close());

/** Size of an element in the page, and whether the frame's atlas and its map controls lie inside it. */
async function frameFit(s: Session, frame: Frame) {
  const box = await s.page.locator('iframe[data-innovation-atlas]').evaluate((f) => {
    const r = f.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height), border: getComputedStyle(f).borderTopWidth, column: f.parentElement!.clientWidth - 32 };
  });
  const inside = await frame.evaluate(() => {
    const el = document.querySelector('innovation-atlas')!;
    const parts = [el, ...el.shadowRoot!.querySelectorAll('.maplibregl-ctrl-bottom-right, .maplibregl-ctrl-attrib, .credit, .maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out')];
    const out = parts.filter((p) => {
      const r = p.getBoundingClientRect();
      return r.height > 0 && (r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5 || r.top < -0.5 || r.left < -0.5);
    });
    return { atlasHeight: Math.round(el.getBoundingClientRect().height), viewport: innerHeight, clipped: out.map((p) => p.className || p.tagName), scrollable: document.documentElement.scrollHeight > innerHeight };
  });
  return { ...box, ...inside };
}

describe('an article under a strict CSP', () => {
  it("the README's snippets (element, its setup file, iframe with embed-host.js) raise no violation and size the maps", async () => {
    const s = await given.page(server.url('/host/readme.html'), { setup: (c) => c.addInitScript(recordViolations) });
    const element = s.atlas;
    await element.ready();
    const frameAtlas = s.atlasInFrame('/lib/embed.html');
    await frameAtlas.ready();
    // The setup file ran: its filter is on the element.
    await expect.poll(async () => (await element.state()).kinds).toEqual(['joint-lab']);
    // The element: the article column's width, its own default height.
    const el = await element.eval((x) => ({ width: Math.round(x.getBoundingClientRect().width), height: Math.round(x.getBoundingClientRect().height) }));
    expect(el).toEqual({ width: 720, height: 480 });
    // The iframe: as wide as the column, no border, and embed-host.js gave it its 16:10 height.
    await expect.poll(async () => (await frameFit(s, s.frame('/lib/embed.html'))).height).toBe(450);
    const fit = await frameFit(s, s.frame('/lib/embed.html'));
    expect(fit).toMatchObject({ width: 720, border: '0px', atlasHeight: 450, viewport: 450, clipped: [], scrollable: false });
    expect(await violations(s.page)).toEqual([]);
    expect(await violations(s.frame('/lib/embed.html'))).toEqual([]);
    expect(s.consoleErrors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    await s.close();
  });

  describe("the Embed dialog's snippets, the iframe's script stripped as a CMS does", () => {
    let s: Session;
    beforeAll(async () => {
      s = await given.page(server.url('/host/dialog.html'), { setup: (c) => c.addInitScript(recordViolations) });
      await s.atlas.ready();
      await s.atlasInFrame('/lib/embed.html').ready();
    });
    afterAll(() => s?.close());

    it('raise no violation; the iframe keeps the 480 px its attributes give, and the atlas fits it unclipped', async () => {
      const fit = await frameFit(s, s.frame('/lib/embed.html'));
      expect(fit).toMatchObject({ width: 720, height: 480, border: '0px', atlasHeight: 480, viewport: 480, clipped: [], scrollable: false });
      expect(await s.atlas.eval((x) => Math.round(x.getBoundingClientRect().height))).toBe(480);
      expect(await violations(s.page)).toEqual([]);
      expect(await violations(s.frame('/lib/embed.html'))).toEqual([]);
      expect(s.consoleErrors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
      expect(s.pageErrors).toEqual([]);
    });

    it('embed.html passes axe (a main landmark, a visually hidden h1 in the atlas language)', async () => {
      const frame = s.frame('/lib/embed.html');
      const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      // Evaluated through DevTools, which the frame's CSP does not govern (an injected <script> it would block).
      await frame.evaluate(axe);
      const found = await frame.evaluate(async () => {
        const a = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const r = await a.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
      expect(found).toEqual([]);
      const h1 = await frame.evaluate(() => {
        const h = document.querySelector('main h1')!;
        const r = h.getBoundingClientRect();
        return { text: h.textContent, lang: document.documentElement.lang, area: r.width * r.height };
      });
      expect(h1).toEqual({ text: '创新之路图谱', lang: 'zh-CN', area: 1 });
    });
  });
});
