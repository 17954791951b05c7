/** A story named in a link: a registered id or a story file on the atlas's own site, never another site's. */
import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/state/app-state.ts';
import { isStoryRef, storyFileUrl } from '../../src/state/story-ref.ts';
import { decodeState, encodeState } from '../../src/state/url.ts';

const init = initialState('en');

describe('what a link may name as its story', () => {
  it.each([
    { ref: 'innovation-road', ok: true },
    { ref: 'stories/ours.json', ok: true },
    { ref: '/atlas/data/ours.json', ok: true },
    { ref: 'https://other.example/ours.json', ok: true },
    { ref: 'stories/ours.txt', ok: false },
    { ref: 'javascript:alert(1).json', ok: false },
    { ref: 'a b.json', ok: false },
    { ref: '"><script>.json', ok: false },
    { ref: '', ok: false },
    { ref: `${'a/'.repeat(260)}x.json`, ok: false },
  ])('$ref → $ok', ({ ref, ok }) => {
    expect(isStoryRef(ref)).toBe(ok);
  });
});

describe('a story file is fetched from the page\'s own origin only', () => {
  const page = 'https://atlas.example/atlas/index.html#v=1';
  it.each([
    { ref: 'stories/ours.json', want: { url: 'https://atlas.example/atlas/stories/ours.json' } },
    { ref: '/data/ours.json', want: { url: 'https://atlas.example/data/ours.json' } },
    { ref: 'https://atlas.example/x/ours.json', want: { url: 'https://atlas.example/x/ours.json' } },
    { ref: 'https://other.example/ours.json', want: { otherOrigin: 'https://other.example' } },
    { ref: '//other.example/ours.json', want: { otherOrigin: 'https://other.example' } },
    { ref: 'http://atlas.example/ours.json', want: { otherOrigin: 'http://atlas.example' } },
  ])('$ref', ({ ref, want }) => {
    expect(storyFileUrl(ref, page)).toEqual(want);
  });
});

describe('the link carries a story file', () => {
  it.each([
    { hash: 'v=1&lang=en&story=stories/ours.json&slide=2', story: { id: 'stories/ours.json', slide: 1 } },
    { hash: 'v=1&lang=en&story=stories%2Fours.json', story: { id: 'stories/ours.json', slide: 0 } },
    { hash: 'v=1&lang=en&story=https%3A%2F%2Fother.example%2Fours.json', story: { id: 'https://other.example/ours.json', slide: 0 } },
    { hash: 'v=1&lang=en&story=ours.html', story: null },
  ])('$hash', ({ hash, story }) => {
    expect(decodeState(hash, init).story).toEqual(story);
  });

  it('writes the path readably and reads it back', () => {
    const s = { ...init, story: { id: 'stories/ours.json', slide: 2 } };
    expect(encodeState(s)).toBe('v=1&lang=en&story=stories/ours.json&slide=3');
    expect(decodeState(encodeState(s), init)).toEqual(s);
  });
});
