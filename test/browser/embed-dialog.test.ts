/** The app's Embed dialog, and an embedded atlas following its container's size (tabs, resizes). */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';

const { given } = useAtlasDriver();
const baseUrl = inject('baseUrl');
/** The default framing at 1280×720 (rounded), as a URL camera. */
const HOME = 'cam=63.5,19.652,2.23';

/** One page; each test goes to a URL of its own first and checks it got there. */
describe('the app on one page', () => {
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang: 'en', hash: 'cam=36.82,-1.29,4.5&p=embed' });
  });
  afterAll(() => app?.close());

  it('the Embed dialog gives iframe and element snippets for the current view, language and choices', async () => {
    // Closed and opened again: the dialog starts from its defaults whatever ran before.
    await app.when.setHash('v=1&lang=en&cam=36.82,-1.29,4.5');
    await app.when.setHash('v=1&lang=en&cam=36.82,-1.29,4.5&p=embed');
    await expect.poll(() => app.then.state()).toMatchObject({ panel: 'embed', camera: { center: [36.82, -1.29], zoom: 4.5 } });
    const dialog = () => app.page.locator('innovation-atlas atlas-embed');
    const code = () => dialog().locator('textarea').inputValue();
    const iframe = await code();
    expect(iframe).toContain(`src="${new URL('embed.html', baseUrl).href}?lang=en&amp;worldview=de-facto&amp;view=36.82,-1.29,4.5&amp;controls=minimal"`);
    expect(iframe).toContain(`<script src="${new URL('embed-host.js', baseUrl).href}" defer></script>`);
    await dialog().getByRole('button', { name: 'Web component' }).click();
    await dialog().getByRole('button', { name: 'Dark' }).click();
    await dialog().getByRole('button', { name: 'None' }).click();
    // The atlas's view to begin with (de facto in English), written out either way; the dialog may change it.
    await dialog().getByRole('button', { name: "China's view" }).click();
    const element = await code();
    expect(element).toContain(`<script type="module" src="${new URL('innovation-atlas.js', baseUrl).href}"></script>`);
    expect(element).toContain('<innovation-atlas lang="en" worldview="cn" view="36.82,-1.29,4.5" controls="none" theme="dark"');
    // What the snippet points at is really there.
    for (const file of ['innovation-atlas.js', 'embed.html', 'embed-host.js']) {
      expect((await app.page.request.get(new URL(file, baseUrl).href)).status(), file).toBe(200);
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('follows its container: resized, and hidden then shown again as in a tab', async () => {
    await app.when.setHash(`v=1&lang=en&${HOME}`);
    await expect.poll(() => app.then.state()).toMatchObject({ panel: 'none', camera: { center: [63.5, 19.652], zoom: 2.23 } });
    const canvasWidth = () => app.atlas.eval((el) => el.shadowRoot!.querySelector('canvas')!.clientWidth);
    expect(await canvasWidth()).toBe(1280);
    try {
      await app.atlas.eval((el) => void (el.style.width = '700px'));
      await expect.poll(canvasWidth).toBe(700);
      // Hidden: wait until resize observers have seen it at width 0. One made now runs after the atlas's
      // own (observers are notified in the order they were made), so the atlas has seen it too.
      await app.atlas.eval(
        (el) =>
          new Promise<void>((seen) => {
            const ro = new ResizeObserver((entries) => {
              if (entries.some((e) => e.contentRect.width === 0)) {
                ro.disconnect();
                seen();
              }
            });
            ro.observe(el);
            document.querySelector('main')!.style.display = 'none';
          }),
      );
      await app.atlas.eval((el) => {
        document.querySelector('main')!.style.display = '';
        el.style.width = '900px';
      });
      await expect.poll(canvasWidth).toBe(900);
      // Still drawing and picking after the round trip.
      const hit = await app.atlas.pickRecord('flagship-cpec');
      expect(hit.picked).toBeTruthy();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.atlas.eval((el) => {
        document.querySelector('main')!.style.display = '';
        el.style.width = '';
      });
    }
  });
});
