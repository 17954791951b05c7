/**
 * Screenshots of the built app, for the README and for looking at: `npx tsx scripts/screenshot.ts [out-dir] [--all]`.
 * Requires `npm run build` first. Without --all, writes the three README pictures; with --all, also one
 * picture per panel and state (both languages, 1280 and 360 px wide).
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../test/browser/support/browser.ts';
import { serveDist } from '../test/browser/support/serve.ts';
import { openPage, waitReady } from '../test/browser/support/session.ts';

const out = process.argv[2] ?? 'docs';
const all = process.argv.includes('--all');
mkdirSync(out, { recursive: true });

const wide = { width: 1280, height: 720 };
const narrow = { width: 360, height: 720 };
const shots: [string, string, { width: number; height: number }][] = [
  ['atlas-en.png', 'v=1&lang=en', wide],
  ['atlas-zh.png', 'v=1&lang=zh', wide],
  ['atlas-narrow-zh.png', 'v=1&lang=zh', narrow],
];
if (all) {
  shots.push(
    ['layers-en.png', 'v=1&lang=en&p=layers', wide],
    ['filters-zh.png', 'v=1&lang=zh&p=filters&f=energy,transport', wide],
    ['list-en.png', 'v=1&lang=en&p=list', wide],
    ['figures-zh.png', 'v=1&lang=zh&p=figures', wide],
    ['details-en.png', 'v=1&lang=en&sel=flagship-mombasa-nairobi-sgr', wide],
    ['details-zh.png', 'v=1&lang=zh&sel=lab-china-serbia-drug-discovery', wide],
    ['country-en.png', 'v=1&lang=en&cty=KEN', wide],
    ['narrow-list-zh.png', 'v=1&lang=zh&p=list', narrow],
    ['narrow-details-en.png', 'v=1&lang=en&sel=ttc-china-asean', narrow],
    ['story-1-en.png', 'v=1&lang=en&story=innovation-road&slide=1', wide],
    ['story-3-zh.png', 'v=1&lang=zh&story=innovation-road&slide=3', wide],
    ['story-7-en.png', 'v=1&lang=en&story=innovation-road&slide=7', wide],
    ['story-narrow-zh.png', 'v=1&lang=zh&story=innovation-road&slide=2', narrow],
    ['wide-1920-zh.png', 'v=1&lang=zh&p=layers&cty=PAK', { width: 1920, height: 1080 }],
  );
}
const server = await serveDist();
const browser = await launch();
try {
  for (const [file, hash, viewport] of shots) {
    const w = await openPage(browser, `${server.url}#${hash}`, { viewport, locale: hash.includes('lang=zh') ? 'zh-CN' : 'en-US' });
    await waitReady(w.page);
    await w.page.waitForTimeout(1500); // let a fly-to settle
    await w.page.screenshot({ path: `${out}/${file}` });
    console.log(`${out}/${file}`, w.consoleErrors.length ? w.consoleErrors : '', w.pageErrors.length ? w.pageErrors : '');
    await w.page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
