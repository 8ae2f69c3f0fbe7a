// Renders the PNG icons of the web app manifest from the SVGs with headless Chromium:
//   node public/make-icons.mjs   (run from the repository root after scripts/setup)
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../tests/e2e/package.json'));
const { chromium } = require('playwright-core');

const icons = [
  ['icons/icon.svg', 'icons/icon-192.png', 192],
  ['icons/icon.svg', 'icons/icon-512.png', 512],
  ['icons/maskable.svg', 'icons/maskable-512.png', 512],
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [svg, png, size] of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const data = Buffer.from(await fs.readFile(path.join(here, svg))).toString('base64');
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style><img src="data:image/svg+xml;base64,${data}">`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: path.join(here, png), omitBackground: true });
    await page.close();
    console.log(`${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
