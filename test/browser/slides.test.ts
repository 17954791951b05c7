/**
 * Slides frame what they are about: at presentation sizes, every highlighted place of every slide of the
 * default story is on screen and not under the caption card, the call-outs or the legend.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';

const { given } = useAtlasDriver();
const story = JSON.parse(readFileSync(new URL('../../data/stories/innovation-road.json', import.meta.url), 'utf8')) as {
  slides: { id: string; title: { zh: string }; highlight?: string[]; callouts?: { record: string; chart?: boolean }[] }[];
};
const charted = story.slides
  .map((s, i) => ({ n: i + 1, id: s.id, title: s.title.zh, charts: (s.callouts ?? []).filter((c) => c.chart).length }))
  .filter((s) => s.charts > 0);
const framed = story.slides.map((s, i) => ({ n: i + 1, id: s.id, title: s.title.zh, highlight: s.highlight ?? [] })).filter((s) => s.highlight.length > 0);

/** Highlighted records with a point off screen or under a card, as "id@x,y". */
const hidden = (app: Session, ids: string[]) =>
  app.atlas.eval((el, ids) => {
    const at = el.getBoundingClientRect();
    // The caption card, the call-outs and the legend (it stays on the map while presenting).
    const lg = el.shadowRoot!.querySelector('atlas-legend')!.getBoundingClientRect();
    const cards = [...el.shadowRoot!.querySelector('atlas-presenter')!.cardBoxes(at), { left: lg.left - at.left, top: lg.top - at.top, right: lg.right - at.left, bottom: lg.bottom - at.top }];
    const out: string[] = [];
    for (const id of ids) {
      const g = el.records.find((r) => r.properties.id === id)?.geometry;
      if (!g) continue;
      const pts = (g.type === 'Point' ? [g.coordinates] : g.coordinates) as [number, number][];
      for (const p of pts) {
        const [x, y] = el.project(p)!;
        const off = x < 0 || y < 0 || x > at.width || y > at.height;
        const under = cards.some((c) => x > c.left - 4 && x < c.right + 4 && y > c.top - 4 && y < c.bottom + 4);
        if (off || under) out.push(`${id}@${Math.round(x)},${Math.round(y)}`);
      }
    }
    return out;
  }, ids);

describe.each([
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  // 4:3 (a projector) and a phone, where the call-outs and caption share one sheet at the bottom.
  { width: 1024, height: 768 },
  { width: 360, height: 740 },
])('the default story at $width×$height', (viewport) => {
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang: 'zh', hash: 'story=innovation-road&slide=1', viewport });
  });
  afterAll(() => app?.close());

  it('has slides with a subject to frame', () => {
    expect(framed.length).toBeGreaterThan(6);
  });

  it.each(framed)('slide $n ($id): every highlighted place is in view and clear of the cards', async ({ n, title, highlight }) => {
    await app.when.setHash(`v=1&lang=zh&story=innovation-road&slide=${n}`);
    await expect.poll(() => app.page.locator('atlas-presenter h2').textContent()).toBe(title);
    await app.atlas.frames();
    await expect.poll(() => hidden(app, highlight)).toEqual([]);
  });

  it("dims what a slide leaves out rather than hiding it: the joint-labs slide still draws the parks, faint, and its legend says so", async () => {
    const n = story.slides.findIndex((s) => s.id === 'joint-labs') + 1;
    await app.when.setHash(`v=1&lang=zh&story=innovation-road&slide=${n}`);
    await expect.poll(() => app.page.locator('atlas-presenter h2').textContent()).toBe(story.slides[n - 1].title.zh);
    const drawn = () =>
      app.atlas.eval((el) => {
        const map = el.shadowRoot!.querySelector('atlas-map') as unknown as { layers: { id: string; props: Record<string, any> }[] };
        const props = (id: string) => map.layers.find((l) => l.id === id)!.props;
        const ctx = props('context-points');
        return {
          subject: props('points').filterCategories[0] as string[],
          context: { visible: ctx.visible as boolean, opacity: ctx.opacity as number, kinds: [...new Set((ctx.data as { properties: { kind: string } }[]).map((r) => r.properties.kind))] },
        };
      });
    await expect.poll(async () => (await drawn()).context.visible).toBe(true);
    const { subject, context } = await drawn();
    expect(subject).not.toContain('park');
    expect(context.kinds).toContain('park');
    expect(context.opacity).toBeLessThan(0.5);
    // The legend's entries (on a phone it is folded to its button, the entries there once opened).
    const legendLabels = () => app.atlas.eval((el) => [...(el.shadowRoot!.querySelector('atlas-legend') as unknown as { entries: { label: string }[] }).entries].map((e) => e.label));
    await expect.poll(legendLabels).toContain('浅色：非本页主题的记录');
  });

  it.each(charted)('slide $n ($id): each call-out that asks for a chart draws its series (two points or more)', async ({ n, title, charts }) => {
    await app.when.setHash(`v=1&lang=zh&story=innovation-road&slide=${n}`);
    await expect.poll(() => app.page.locator('atlas-presenter h2').textContent()).toBe(title);
    const points = () => app.page.locator('atlas-presenter .callout svg.series').evaluateAll((svgs) => svgs.map((s) => s.querySelectorAll('circle').length));
    await expect.poll(points).toHaveLength(charts);
    for (const k of await points()) expect(k).toBeGreaterThanOrEqual(2);
  });
});

describe('a slide link opened cold', () => {
  // The story can load before the map exists: the subject is framed once the map is there, not left at the
  // slide's own camera (at 4:3 that camera puts the organisations slide's places under its cards).
  it.each(framed.filter((s) => s.id === 'organisations'))('frames slide $n ($id) on load, clear of the cards', async ({ n, highlight }) => {
    const app = await given.app({ lang: 'zh', hash: `story=innovation-road&slide=${n}`, viewport: { width: 1024, height: 768 } });
    await app.atlas.frames();
    await expect.poll(() => hidden(app, highlight)).toEqual([]);
    await app.close();
  });
});
