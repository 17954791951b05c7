/**
 * Screenshots of the built app for the README and for looking at: `npx tsx scripts/screenshot.ts [out-dir]`.
 * Requires `npm run build` first. Writes <out>/atlas-en.png, atlas-zh.png and atlas-narrow-zh.png.
 */
import { mkdirSync } from 'node:fs';
import { launch, openPage, serveDist, waitReady } from '../test/browser/harness.ts';

const out = process.argv[2] ?? 'docs';
mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launch();
try {
  const shots: [string, string, { width: number; height: number }][] = [
    ['atlas-en.png', 'en', { width: 1280, height: 720 }],
    ['atlas-zh.png', 'zh', { width: 1280, height: 720 }],
    ['atlas-narrow-zh.png', 'zh', { width: 360, height: 720 }],
  ];
  for (const [file, lang, viewport] of shots) {
    const w = await openPage(browser, server.url, { viewport, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    await waitReady(w.page);
    await w.page.screenshot({ path: `${out}/${file}` });
    console.log(`${out}/${file}`, w.consoleErrors.length ? w.consoleErrors : '');
    await w.page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
