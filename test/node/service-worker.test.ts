/**
 * The offline copy's build step (scripts/service-worker.ts): which files of a build the service worker
 * saves, that the list follows the folder (a file added to public/ is covered with no list to edit), that a
 * changed file makes a new version, and the web manifest.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPrecached, precacheList, webManifest, writeServiceWorker } from '../../scripts/service-worker.ts';

describe('which built files the service worker saves', () => {
  const cases: [string, boolean][] = [
    ['index.html', true],
    ['embed.html', true],
    ['innovation-atlas.js', true],
    ['assets/innovation-atlas-CPYuTIVA.js', true],
    ['assets/maplibre-gl-worker-abcdEFGH.mjs', true],
    ['assets/atlas-DDStuFCW.geojson', true],
    ['assets/countries-110m-abcdefgh.json', true],
    ['basemap/countries-50m-detail.json', true],
    ['icons/icon-192.png', true],
    ['manifest.webmanifest', true],
    ['sw.js', false],
    ['index.html.gz', false],
    ['assets/atlas-DDStuFCW.geojson.br', false],
    ['assets/innovation-atlas-CPYuTIVA.js.map', false],
    ['examples/element.html', false],
    ['.DS_Store', false],
  ];
  it.each(cases)('%s → %s', (path, want) => expect(isPrecached(path)).toBe(want));
});

describe('the precache list and sw.js, from the folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-sw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'index.html.gz'), 'x');
  writeFileSync(join(dir, 'assets/app-12345678.js'), 'export {}');

  it('lists every file but the excluded ones, with a content hash, and writes a worker that parses', async () => {
    const { files, version } = await writeServiceWorker(dir);
    expect(files.map((f) => f.url)).toEqual(['assets/app-12345678.js', 'index.html']);
    expect(files.every((f) => /^[0-9a-f]{16}$/.test(f.revision))).toBe(true);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).toContain(JSON.stringify(version));
    expect(sw).not.toMatch(/^export\b/m);
    expect(() => new Function(sw)).not.toThrow();
  });

  it('picks up a file added later (a new basemap in public/) and changes version when a file changes', async () => {
    const before = await writeServiceWorker(dir);
    writeFileSync(join(dir, 'countries-50m.json'), '{}');
    const added = await writeServiceWorker(dir);
    expect(added.files.map((f) => f.url)).toContain('countries-50m.json');
    expect(added.version).not.toBe(before.version);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>next</title>');
    const changed = await writeServiceWorker(dir);
    expect(changed.version).not.toBe(added.version);
    expect((await precacheList(dir)).find((f) => f.url === 'index.html')!.revision).not.toBe(added.files.find((f) => f.url === 'index.html')!.revision);
  });
});

describe('web manifest', () => {
  const m = JSON.parse(webManifest());
  it('names the atlas in both languages, opens in its own folder, and its icons exist', () => {
    expect(m.name).toMatch(/创新之路图谱/);
    expect(m.name).toMatch(/Innovation Road Atlas/);
    expect([m.start_url, m.scope, m.display]).toEqual(['./', './', 'standalone']);
    expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    for (const icon of m.icons) expect(existsSync(join('public', icon.src)), icon.src).toBe(true);
    expect(m.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });
});
