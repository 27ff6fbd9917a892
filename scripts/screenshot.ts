/**
 * Takes the README screenshot of the real app: serves the production build, opens it in Debian's
 * Chromium and writes docs/screenshot.png. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/support/browser.ts';

const path = process.argv[2] ?? '/?v=1&view=-40,38,2.2&layers=suitability,mining-sites';
const out = process.argv[3] ?? 'docs/screenshot.png';
const server = await preview({ preview: { port: 4174, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls!.local[0].replace(/\/$/, '');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${url}${path}`);
  await page.waitForSelector('body[data-datasets="settled"]');
  await page
    .waitForSelector('[data-testid="map"][data-rescores]', { timeout: 20_000 })
    .catch(async () =>
      console.error('no rescore:', await page.locator('.surface-summary, [role=alert]').allTextContents()),
    );
  await page.waitForSelector('[data-testid="map"][data-idle="true"]');
  for (const step of process.argv.slice(4)) {
    const [action, arg] = step.split(':');
    if (action === 'tab') await page.getByRole('tab', { name: arg }).click();
    if (action === 'click') await page.mouse.click(...(arg.split(',').map(Number) as [number, number]));
    await page.waitForTimeout(800);
  }
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
