/**
 * The iframe page (embed.html) as a host page uses it: the library build (dist-lib) served beside a host
 * page written here, a second origin (other.test) for the origin check, and the shipped iframe example.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/vocabulary.ts';
import { fuzzMessages } from '../fixtures/fuzz-messages.ts';
import { useAtlasDriver, type Atlas, type Session } from './support/atlas-driver.ts';
import { bundledDataset } from './support/dataset.ts';

const { given } = useAtlasDriver();
const libData = bundledDataset('dist-lib');
const HEAD = '<meta charset="utf-8"><link rel="icon" href="data:,">';

describe('the iframe page and its messages', () => {
  const hostJs = `
    window.__msgs = [];
    addEventListener('message', (e) => { if (e.data && e.data.source === 'innovation-atlas') __msgs.push(e.data); });
    const allow = new URLSearchParams(location.search).get('allow');
    document.getElementById('f').src = '/lib/embed.html?lang=en&frame=one&origins=' + encodeURIComponent(allow);
    window.send = (msg) => document.getElementById('f').contentWindow.postMessage(msg, '*');`;
  const hostHtml = `<!doctype html><html><head>${HEAD}<script src="/lib/embed-host.js"></script></head><body>
    <iframe id="f" data-innovation-atlas title="atlas" style="width:800px;height:200px;border:0"></iframe>
    <script src="/host/iframe.js"></script></body></html>`;
  type Msg = { type: string; detail: any; version: number; frame: string };
  const msgs = (s: Session, type: string): Promise<Msg[]> => s.page.evaluate((t) => (window as unknown as { __msgs: Msg[] }).__msgs.filter((m) => m.type === t), type);
  const send = (s: Session, m: unknown) => s.page.evaluate((x) => (window as unknown as { send(m: unknown): void }).send(x), m);
  const cmd = (id: string, version = 1) => ({ target: 'innovation-atlas', version, command: 'select', args: { id } });
  /** Opens the host page from `host` with the frame allowing only 127.0.0.1, and waits for the frame's ready. */
  async function openHost(host: string): Promise<{ s: Session; frame: Atlas }> {
    const srv = await given.files({ '/host/iframe.js': hostJs, '/host/iframe.html': hostHtml });
    const allowed = srv.url('', '127.0.0.1');
    const s = await given.page(srv.url(`/host/iframe.html?allow=${encodeURIComponent(allowed)}`, host), { data: libData });
    // (In the page: this also runs in a hook, where expect.poll may not.)
    await s.page.waitForFunction(() => (window as unknown as { __msgs: Msg[] }).__msgs.some((m) => m.type === 'ready'), null, { timeout: 150_000 });
    expect(await msgs(s, 'ready')).toHaveLength(1);
    return { s, frame: s.atlasInFrame('/lib/embed.html') };
  }
  /** Waits for the frame to warn that it ignored a command (its console is the page's). */
  const ignored = (s: Session, reason: RegExp) => expect.poll(() => s.console.filter((m) => m.type === 'warning' && /command ignored/.test(m.text) && reason.test(m.text)).length).toBeGreaterThan(0);

  describe('from an allowed origin', () => {
    let host: Session;
    let frame: Atlas;
    beforeAll(async () => {
      ({ s: host, frame } = await openHost('127.0.0.1'));
    });
    afterAll(() => host?.close());
    // Whatever a test left (filters, selection) is cleared through the frame's own API, and checked.
    beforeEach(async () => {
      await frame.setFilters({ kinds: [...KINDS], fields: [], regions: [], countries: [], years: null });
      await frame.select(null);
      expect(await frame.state()).toMatchObject({ kinds: [...KINDS], fields: [], regions: [], countries: [], years: null, selected: null });
    });

    it('reports its height and selections, and obeys commands', async () => {
      // Auto-height: 800 px wide at 16:10 is 500 px; the host snippet applied it to the iframe.
      await expect.poll(async () => (await msgs(host, 'height')).at(-1)?.detail.height).toBe(500);
      await expect.poll(() => host.page.evaluate(() => document.getElementById('f')!.style.height)).toBe('500px');
      const [ready] = await msgs(host, 'ready');
      expect(ready).toMatchObject({ version: 1, frame: 'one' });

      const selectsBefore = (await msgs(host, 'select')).length;
      await send(host, cmd('flagship-cpec'));
      await expect.poll(async () => (await msgs(host, 'select')).slice(selectsBefore).map((m) => m.detail)).toEqual([{ id: 'flagship-cpec', kind: 'flagship-corridor' }]);
      expect((await frame.state()).selected).toBe('flagship-cpec');
      // A click in the frame is reported too. Clear the selection (whose fly-to may still be running), then
      // jump to the railway so it is on screen wherever the camera was.
      await frame.select(null);
      const mid = frame.data.at('flagship-mombasa-nairobi-sgr');
      await frame.jumpTo(mid, 5);
      const xy = await frame.project(mid);
      const box = (await host.page.locator('#f').boundingBox())!;
      await host.page.mouse.click(box.x + xy[0], box.y + xy[1]);
      await expect.poll(async () => (await msgs(host, 'select')).map((m) => m.detail.id)).toContain('flagship-mombasa-nairobi-sgr');
      expect(host.pageErrors).toEqual([]);
    });

    it('ignores a command of another protocol version', async () => {
      await send(host, cmd('flagship-mombasa-nairobi-sgr'));
      await expect.poll(async () => (await msgs(host, 'select')).at(-1)?.detail.id).toBe('flagship-mombasa-nairobi-sgr');
      const selectsBefore = (await msgs(host, 'select')).length;
      await send(host, cmd('flagship-cpec', 2));
      // The frame says it ignored it …
      await ignored(host, /unsupported protocol version 2/);
      expect((await frame.state()).selected).toBe('flagship-mombasa-nairobi-sgr');
      // … and a good command sent after it is obeyed, and is the only one that was.
      await send(host, cmd('flagship-china-laos-railway'));
      await expect.poll(async () => (await msgs(host, 'select')).slice(selectsBefore).map((m) => m.detail.id)).toEqual(['flagship-china-laos-railway']);
      expect((await frame.state()).selected).toBe('flagship-china-laos-railway');
    });

    it('survives 300 fuzzed messages: no error, and only valid states', async () => {
      const ids = frame.data.ids();
      // The frame counts what it receives; its own listener (added at load) handles each message first.
      await frame.scope.evaluate(() => {
        const w = window as unknown as { __errs: string[]; __received: number };
        w.__errs = [];
        w.__received = 0;
        addEventListener('error', (e) => w.__errs.push(String(e.message)));
        addEventListener('unhandledrejection', (e) => w.__errs.push(String(e.reason)));
        addEventListener('message', () => w.__received++);
      });
      const fuzz = fuzzMessages(6, 300);
      await host.page.evaluate((all) => all.forEach((m) => (window as unknown as { send(m: unknown): void }).send(m)), fuzz);
      await expect.poll(() => frame.scope.evaluate(() => (window as unknown as { __received: number }).__received)).toBe(fuzz.length);
      // Every message was handled; what they started (fly-tos, filters) has been drawn.
      expect(await frame.settled()).toBe(true);
      const state = await frame.state();
      // Only what a well-formed command may do: a known record or none, known kinds, a finite camera, sane years.
      expect(state.selected === null || ids.includes(state.selected), `selected ${state.selected}`).toBe(true);
      expect(state.kinds.every((k) => (KINDS as readonly string[]).includes(k))).toBe(true);
      expect(state.camera === null || (Number.isFinite(state.camera.zoom) && state.camera.center.every(Number.isFinite))).toBe(true);
      expect(state.years === null || state.years.every(Number.isInteger)).toBe(true);
      expect(await frame.scope.evaluate(() => (window as unknown as { __errs: string[] }).__errs)).toEqual([]);
      expect(host.pageErrors).toEqual([]);
      // And the frame still obeys a good command afterwards.
      await send(host, cmd('flagship-cpec'));
      await expect.poll(async () => (await frame.state()).selected).toBe('flagship-cpec');
    });
  });

  it('ignores commands from an origin the embedder did not allow', async () => {
    // The same host page, served from other.test: its messages come from a disallowed origin.
    const { s, frame } = await openHost('other.test');
    await send(s, cmd('flagship-cpec'));
    // The frame handled the message (it says it ignored it) …
    await ignored(s, /origin http:\/\/other\.test:\d+ is not allowed/);
    expect((await frame.state()).selected).toBeNull();
    // … and anything it sent before a last message of its own has arrived: no selection among it.
    await frame.scope.evaluate(() => parent.postMessage({ source: 'innovation-atlas', type: 'test-end' }, '*'));
    await expect.poll(() => msgs(s, 'test-end')).toHaveLength(1);
    expect(await msgs(s, 'select')).toEqual([]);
    // Events still go out (they carry nothing private), so the host's auto-height works anywhere.
    expect((await msgs(s, 'height')).length).toBeGreaterThan(0);
    await s.close();
  });
});

describe('the iframe example, opened from the library build', () => {
  it('iframe example: auto-height, and the host page steps through the story by messages', async () => {
    const srv = await given.files({});
    const app = await given.page(srv.url('/lib/examples/iframe.html'));
    await expect.poll(() => app.page.textContent('#log'), { timeout: 80_000 }).toMatch(/slidechange \{"story":"innovation-road","index":0/);
    await app.page.click('#next');
    await expect.poll(() => app.page.textContent('#log')).toMatch(/slidechange \{"story":"innovation-road","index":1/);
    const h = await app.page.evaluate(() => document.getElementById('atlas')!.getBoundingClientRect());
    expect(Math.abs(h.height - Math.max(320, (h.width * 10) / 16))).toBeLessThan(2);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
