/**
 * No scroll hijack: on a phone-sized article page (touch screen, strict CSP) with an embedded element and an
 * embed.html iframe, the wheel and a one-finger swipe scroll the page past both maps without moving them;
 * Ctrl + wheel still zooms, MapLibre's hint is there in the atlas's language, and tap targets are 44 px.
 */
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAtlasDriver, type Atlas, type Session } from './support/atlas-driver.ts';
import { serveFiles, type FileServer } from './support/serve.ts';

const ARTICLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const { given } = useAtlasDriver();
const PLACE: [number, number] = [80, 20];

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
  <link rel="icon" href="/host/none.ico"><link rel="stylesheet" href="/host/article.css"></head><body><main>
  <h1>Science corridors</h1>${'<p>Paragraph of the article before the maps.</p>'.repeat(4)}
  <script type="module" src="/lib/innovation-atlas.js"></script>
  <innovation-atlas id="el" lang="en" view="80,20,3" controls="minimal"></innovation-atlas>
  ${'<p>Paragraph between the maps.</p>'.repeat(4)}
  <iframe src="/lib/embed.html?lang=zh&amp;view=80,20,3&amp;controls=minimal" title="创新之路图谱" data-innovation-atlas width="100%" height="400" frameborder="0"></iframe>
  <script src="/lib/embed-host.js" defer></script>
  ${'<p>Paragraph of the article after the maps.</p>'.repeat(40)}</main></body></html>`;

let server: FileServer;
beforeAll(async () => {
  server = await serveFiles(
    { '/lib/': 'dist-lib' },
    { '/host/article.css': 'body { margin: 0; font: 18px/1.6 Georgia, serif; } main { padding: 0 12px; }', '/host/none.ico': '', '/host/gestures.html': article },
    { 'content-security-policy': ARTICLE_CSP },
  );
});
afterAll(() => server?.close());

describe('an article on a touch phone, scrolled past its embedded maps', () => {
  let s: Session;
  let el: Atlas;
  let frame: Atlas;
  let cdp: CDPSession;
  beforeAll(async () => {
    s = await given.page(server.url('/host/gestures.html'), { viewport: { width: 390, height: 844 }, hasTouch: true });
    el = s.atlasAt('#el');
    frame = s.atlasInFrame('/lib/embed.html');
    await el.ready();
    await frame.ready();
    cdp = await s.context.newCDPSession(s.page);
  });
  afterAll(() => s?.close());

  const pageScroll = () => s.page.evaluate(() => Math.round(window.scrollY));
  /** Scrolls the page so that `selector`'s top is 100 px below the viewport's top; returns its centre then. */
  async function bringUp(selector: string): Promise<[number, number]> {
    return s.page.evaluate((sel) => {
      const box = document.querySelector(sel)!;
      scrollTo({ top: box.getBoundingClientRect().top + window.scrollY - 100, behavior: 'instant' });
      const r = box.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
    }, selector);
  }
  /** A one-finger swipe up by `dy` through the browser's touch input (not synthetic DOM events). */
  async function swipeUp([x, y]: [number, number], dy: number): Promise<void> {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - (dy * i) / 8 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  it.each([
    ['the wheel', 'the element', '#el'],
    ['the wheel', 'the iframe', 'iframe'],
    ['a one-finger swipe', 'the element', '#el'],
    ['a one-finger swipe', 'the iframe', 'iframe'],
  ])('%s over %s scrolls the page and leaves the map where it was', async (gesture, _name, selector) => {
    const atlas = selector === '#el' ? el : frame;
    const xy = await bringUp(selector);
    await atlas.frames();
    const before = { y: await pageScroll(), place: await atlas.project(PLACE) };
    if (gesture === 'the wheel') {
      await s.page.mouse.move(xy[0], xy[1]);
      await s.page.mouse.wheel(0, 300);
    } else await swipeUp(xy, 250);
    await expect.poll(pageScroll).toBeGreaterThan(before.y + 100);
    await atlas.frames();
    expect(await atlas.project(PLACE)).toEqual(before.place);
  });

  it('Ctrl + wheel still zooms the embedded map', async () => {
    const xy = await bringUp('#el');
    await el.frames();
    const zoom = (await el.state()).camera?.zoom ?? 3;
    await s.page.mouse.move(xy[0], xy[1]);
    await s.page.keyboard.down('Control');
    await s.page.mouse.wheel(0, -400);
    await s.page.keyboard.up('Control');
    await expect.poll(async () => (await el.state()).camera?.zoom ?? zoom).toBeGreaterThan(zoom);
  });

  it("shows MapLibre's hint in the atlas's language, and its tap targets are at least 44 px", async () => {
    const hint = (a: Atlas) =>
      a.eval((x) => ['desktop', 'mobile'].map((m) => x.shadowRoot!.querySelector(`.maplibregl-cooperative-gesture-screen .maplibregl-${m}-message`)?.textContent ?? null));
    expect(await hint(el)).toEqual(['Use Ctrl + scroll to zoom the map', 'Use two fingers to move the map']);
    expect(await hint(frame)).toEqual(['按住 Ctrl 并滚动以缩放地图', '用两根手指移动地图']);
    for (const a of [el, frame]) {
      const small = await a.eval((x) =>
        [...x.shadowRoot!.querySelectorAll<HTMLElement>('.toolbar .tool, .maplibregl-ctrl-group button')]
          .map((b) => ({ name: b.getAttribute('aria-label') ?? b.textContent!.trim(), w: b.getBoundingClientRect().width, h: b.getBoundingClientRect().height }))
          .filter((b) => b.w > 0 && (b.w < 44 || b.h < 44)),
      );
      expect(small).toEqual([]);
      expect(await a.eval((x) => x.shadowRoot!.querySelectorAll('.toolbar .tool').length)).toBeGreaterThan(0);
    }
    expect(s.pageErrors).toEqual([]);
  });
});
