/**
 * The installed app's PNG icons (public/icons/icon-192.png and icon-512.png), drawn from public/favicon.svg
 * by headless Chromium: `npx tsx scripts/make-icons.ts`. Run again when the icon changes; the PNGs are
 * committed (a rasteriser in the build would be a dependency for two files that rarely change).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { launch } from '../test/browser/support/browser.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
mkdirSync('public/icons', { recursive: true });
const browser = await launch();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
