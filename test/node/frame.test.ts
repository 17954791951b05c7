import { describe, expect, it } from 'vitest';
import type { AtlasRecord } from '../../src/core/record.ts';
import { boundsOf, paddingClearOf, subjectPoints } from '../../src/story/frame.ts';

const rec = (id: string, geometry: AtlasRecord['geometry'], kind = 'event', countries: string[] = []) =>
  [id, { geometry, properties: { id, kind, countries } } as unknown as AtlasRecord] as const;
const byId = new Map([
  rec('a', { type: 'Point', coordinates: [100, 10] }),
  rec('b', { type: 'Point', coordinates: [20, -30] }),
  rec('line', { type: 'LineString', coordinates: [[36.8, -1.3], [39.7, -4.1]] }),
  rec('none', null),
  // A lab in Nanjing working with Kenya, whose partner-country point is in the dataset.
  rec('lab', { type: 'Point', coordinates: [118.8, 32.1] }, 'joint-lab', ['KEN']),
  rec('country-ken', { type: 'Point', coordinates: [37.9, 0.2] }, 'partner-country', ['KEN']),
  // An event is not linked: its countries do not widen the frame.
  rec('meeting', { type: 'Point', coordinates: [121.5, 31.2] }, 'event', ['KEN']),
]);

describe('a slide framed on its subject', () => {
  it.each([
    { title: 'two points', highlight: ['a', 'b'], expect: [[20, -30], [100, 10]] },
    { title: 'a line counts every vertex', highlight: ['line'], expect: [[36.8, -4.1], [39.7, -1.3]] },
    { title: 'one point: an empty box to centre', highlight: ['a'], expect: [[100, 10], [100, 10]] },
    { title: 'nothing highlighted', highlight: undefined, expect: null },
    { title: 'a linked record brings its partner country: both ends of a lab', highlight: ['lab'], expect: [[37.9, 0.2], [118.8, 32.1]] },
    { title: 'an event does not bring the countries it names', highlight: ['meeting'], expect: [[121.5, 31.2], [121.5, 31.2]] },
    { title: 'unknown and unplaced records add nothing', highlight: ['zzz', 'none'], expect: null },
  ])('$title', ({ highlight, expect: want }) => {
    expect(boundsOf(subjectPoints({ highlight }, byId))).toEqual(want);
  });

  it.each([
    { title: 'cards on the left of a wide screen reserve a left column', cards: [{ left: 24, top: 700, right: 584, bottom: 1000 }, { left: 24, top: 60, right: 284, bottom: 400 }], size: { width: 1920, height: 1080 }, expect: { top: 40, right: 40, bottom: 40, left: 624 } },
    { title: 'a card across a phone reserves the bottom', cards: [{ left: 12, top: 480, right: 348, bottom: 664 }], size: { width: 360, height: 740 }, expect: { top: 40, right: 40, bottom: 300, left: 40 } },
    { title: "a phone's bottom sheet: the call-out row (above the middle) and the card both reserve the bottom", cards: [{ left: 12, top: 340, right: 348, bottom: 460 }, { left: 12, top: 470, right: 348, bottom: 664 }], size: { width: 360, height: 740 }, expect: { top: 40, right: 40, bottom: 440, left: 40 } },
    { title: 'call-outs across a phone top reserve the top', cards: [{ left: 12, top: 64, right: 348, bottom: 200 }], size: { width: 360, height: 740 }, expect: { top: 240, right: 40, bottom: 40, left: 40 } },
    { title: 'the legend at the bottom right reserves a right column', cards: [{ left: 24, top: 700, right: 584, bottom: 1000 }, { left: 1640, top: 880, right: 1896, bottom: 1000 }], size: { width: 1920, height: 1080 }, expect: { top: 40, right: 320, bottom: 40, left: 624 } },
    { title: 'where a right column leaves too little map, the legend reserves the bottom instead', cards: [{ left: 24, top: 480, right: 584, bottom: 700 }, { left: 1000, top: 560, right: 1268, bottom: 700 }], size: { width: 1280, height: 720 }, expect: { top: 40, right: 40, bottom: 200, left: 624 } },
    { title: 'the map keeps at least 40 % of the width', cards: [{ left: 24, top: 500, right: 780, bottom: 700 }], size: { width: 1280, height: 720 }, expect: { top: 40, right: 40, bottom: 40, left: 768 } },
  ])('$title', ({ cards, size, expect: want }) => {
    expect(paddingClearOf(cards, size)).toEqual(want);
  });
});
