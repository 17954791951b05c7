import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSearch, tokenize } from '../../src/core/search.ts';
import { validateDataset } from '../../src/core/validate.ts';

const load = (path: string) => validateDataset(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'))).records;
const atlas = load('../../data/atlas.geojson');
const mini = load('../fixtures/mini.geojson');
const search = createSearch(atlas);
const searchMini = createSearch(mini);
const ids = (q: string, limit?: number, s = search) => s(q, limit).map((h) => h.id);

describe('tokenize', () => {
  it.each([
    ['蒙内铁路', ['蒙内', '内铁', '铁路']],
    ['中', ['中']],
    ['中老 铁路', ['中老', '铁路']],
    ['China–Laos Railway', ['china', 'laos', 'railway']],
    ['中国—东盟 ASEAN 2019', ['中国', '东盟', 'asean', '2019']],
    ['“一带一路”', ['一带', '带一', '一路']],
    ['São Tomé', ['sao', 'tome']],
    ['S&T', ['s', 't']],
    ['   ', []],
    ['', []],
  ])('%s', (text, want) => expect(tokenize(text)).toEqual(want));
});

describe('search on the real dataset', () => {
  it('"蒙内" → the Mombasa–Nairobi railway first', () => {
    expect(ids('蒙内')[0]).toBe('flagship-mombasa-nairobi-sgr');
  });
  it('"Mombasa" → the same first', () => {
    expect(ids('Mombasa')[0]).toBe('flagship-mombasa-nairobi-sgr');
  });
  it('"塞尔维亚" → the Serbia partner country and the China–Serbia joint lab in the top 3', () => {
    expect(ids('塞尔维亚', 3)).toEqual(expect.arrayContaining(['country-srb', 'lab-china-serbia-drug-discovery']));
  });
  it('"Serbia" works the same way', () => {
    expect(ids('Serbia', 3)).toEqual(expect.arrayContaining(['country-srb', 'lab-china-serbia-drug-discovery']));
  });
  it('"technology transfer" → top 5 are transfer centres or corridors', () => {
    const hits = search('technology transfer', 5);
    expect(hits).toHaveLength(5);
    for (const h of hits) expect(['transfer-centre', 'transfer-corridor'], h.id).toContain(h.kind);
  });
  it('"技术转移" → top 5 are transfer centres or corridors', () => {
    for (const h of search('技术转移', 5)) expect(['transfer-centre', 'transfer-corridor'], h.id).toContain(h.kind);
  });
  it('a partial Latin word ("Keny") finds Kenya', () => {
    expect(ids('Keny')[0]).toBe('country-ken');
    expect(ids('keny')).toContain('flagship-mombasa-nairobi-sgr');
  });
  it('"中老" finds the China–Laos railway', () => {
    expect(ids('中老')[0]).toBe('flagship-china-laos-railway');
    expect(ids('中老')).toContain('lab-china-laos-railway');
  });
  it('a typo in a long word still finds it ("Nairobbi", "Kazakstan")', () => {
    expect(ids('Nairobbi')).toContain('flagship-mombasa-nairobi-sgr');
    expect(ids('Kazakstan')).toContain('country-kaz');
  });
  it('nonsense finds nothing', () => {
    expect(search('zzqqxx')).toEqual([]);
    expect(search('齉龘')).toEqual([]);
  });
  it('empty or blank queries give []', () => {
    for (const q of ['', ' ', '\t\n', '—', '“”']) expect(search(q)).toEqual([]);
  });
  it('hits carry id, kind, bilingual name, countries and a score, best first', () => {
    const hits = search('Serbia');
    const lab = hits.find((h) => h.id === 'lab-china-serbia-drug-discovery')!;
    expect(lab).toMatchObject({ kind: 'joint-lab', countries: ['SRB'], name: { zh: expect.stringContaining('塞尔维亚'), en: expect.stringContaining('Serbia') } });
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });
  it('respects the limit (default 20)', () => {
    expect(search('innovation').length).toBe(20);
    expect(search('innovation', 3).length).toBe(3);
    expect(search('innovation', 0)).toEqual([]);
  });
  it('is fast once built', () => {
    const queries = ['蒙内', 'Mombasa', '塞尔维亚', 'technology transfer', 'Keny', '中老', 'innovation', 'joint lab', 'zzqqxx'];
    for (const q of queries) search(q); // warm up
    const t = performance.now();
    for (let i = 0; i < 20; i++) for (const q of queries) search(q);
    expect((performance.now() - t) / (20 * queries.length)).toBeLessThan(20);
  });
  it('survives hostile input', () => {
    for (const q of ['(', '*', '\\', '%E0', '\uD800', 'a'.repeat(10_000), '中'.repeat(5000), '__proto__', 'constructor']) {
      expect(() => search(q)).not.toThrow();
    }
  });
});

describe('search ranking on the fixture', () => {
  const cases: { q: string; first: string; alsoFound?: string[] }[] = [
    { q: '蒙内', first: 'corridor-mombasa-nairobi' },
    { q: 'Mombasa Nairobi', first: 'corridor-mombasa-nairobi', alsoFound: ['country-ken'] },
    { q: 'Kenya', first: 'country-ken', alsoFound: ['corridor-mombasa-nairobi'] },
    { q: '肯尼亚', first: 'country-ken', alsoFound: ['corridor-mombasa-nairobi'] },
    { q: 'Serbia', first: 'country-srb', alsoFound: ['lab-china-serbia-drug-discovery'] },
    { q: 'Serbja', first: 'country-srb' },
    { q: '药物', first: 'lab-china-serbia-drug-discovery', alsoFound: ['country-srb'] },
    { q: 'Shanghai', first: 'lab-china-serbia-drug-discovery' },
    { q: '南宁', first: 'ttc-china-asean' },
    { q: 'technology transfer', first: 'ttc-china-asean', alsoFound: ['corridor-ttc-china-asean-tha'] },
    { q: '泰国', first: 'corridor-ttc-china-asean-tha', alsoFound: ['ttc-china-asean', 'event-2019-innovation-road-forum'] },
    { q: 'railway', first: 'corridor-mombasa-nairobi', alsoFound: ['country-lao', 'country-ken'] },
    { q: 'joint lab', first: 'lab-china-serbia-drug-discovery' },
    { q: '联合实验室', first: 'fig-joint-labs-53-2024-pujiang', alsoFound: ['lab-china-serbia-drug-discovery'] },
    { q: 'Innovation Road', first: 'event-2019-innovation-road-forum' },
    // AND finds nothing, so any term may match.
    { q: 'Kenya zzqqxx', first: 'country-ken' },
  ];
  it.each(cases)('$q → $first', ({ q, first, alsoFound = [] }) => {
    const found = ids(q, 20, searchMini);
    expect(found[0], found.join(' ')).toBe(first);
    expect(found).toEqual(expect.arrayContaining(alsoFound));
  });
});
