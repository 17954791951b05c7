import { describe, expect, it } from 'vitest';
import { intersects, placeLabels, type Box, type LabelCandidate } from '../../src/layers/place-labels.ts';

const measure = (text: string, size: number) => text.length * size * 0.5;
const label = (x: number, y: number, text: string, priority = 1, clear = 0): LabelCandidate => ({ anchor: [x, y], text, size: 10, priority, clear });
const opts = (obstacles: Box[] = []) => ({ obstacles, width: 400, height: 300, measure, pad: 2 });

describe('placeLabels', () => {
  const cases: { title: string; labels: LabelCandidate[]; obstacles?: Box[]; expected: (string | [string, number, number])[] }[] = [
    { title: 'a free label sits on its anchor', labels: [label(100, 100, 'Kenya')], expected: [['Kenya', 0, 0]] },
    { title: 'a label with a symbol at its anchor goes above it', labels: [label(100, 100, 'Kenya', 1, 8)], expected: [['Kenya', 0, -17]] },
    {
      title: 'a symbol above sends it below',
      labels: [label(100, 100, 'Kenya', 1, 8)],
      obstacles: [[90, 80, 110, 92]],
      expected: [['Kenya', 0, 17]],
    },
    { title: 'a label that would leave the screen moves inside it', labels: [label(100, 5, 'Kenya', 1, 8)], expected: [['Kenya', 0, 17]] },
    {
      title: 'chrome over every spot leaves the label out',
      labels: [label(100, 100, 'Kenya', 1, 8)],
      obstacles: [[0, 0, 400, 300]],
      expected: [],
    },
    {
      title: 'the higher priority keeps the spot; the other moves',
      labels: [label(100, 100, 'Aaaa', 1), label(100, 100, 'Bbbb', 5)],
      expected: [['Aaaa', 0, -21], ['Bbbb', 0, 0]],
    },
  ];
  it('a forced label (China, a slide\'s place) is shown over symbols where none leave room, never under chrome', () => {
    const forced = { ...label(100, 100, 'China', 1, 8), force: true };
    const everywhere: Box[] = [[0, 0, 400, 300]];
    expect(placeLabels([forced], { ...opts(everywhere) }).map((p) => p.offset)).toEqual([[0, -17]]);
    expect(placeLabels([forced], { ...opts(), chrome: everywhere })).toEqual([]);
    expect(placeLabels([label(100, 100, 'Kenya', 1, 8)], opts(everywhere))).toEqual([]);
  });

  for (const c of cases) {
    it(c.title, () => {
      const out = placeLabels(c.labels, opts(c.obstacles));
      expect(out.map((p) => [c.labels[p.index].text, ...p.offset])).toEqual(c.expected.map((e) => (typeof e === 'string' ? [e] : e)));
      for (const p of out) {
        for (const o of c.obstacles ?? []) expect(intersects(p.box, o)).toBe(false);
        for (const q of out) if (q !== p) expect(intersects(p.box, q.box)).toBe(false);
      }
    });
  }
});
