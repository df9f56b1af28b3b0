import { join } from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
const server = await serveStatic(join(import.meta.dirname, '..', 'dist'));
const browser = await launchChromium();
const paths = (process.env.PAGES ?? '/topics/territory/').split(',');
for (const colorScheme of ['light', 'dark'] as const) for (const width of [375, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const name = path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home';
    const el = await page.$(process.env.SEL ?? '.tm-figure');
    await (el && !process.env.FULL ? el : page).screenshot({ path: `/tmp/shots-15/${name}-${width}-${colorScheme}.png`, ...(el && !process.env.FULL ? {} : { fullPage: true }) });
  }
  await context.close();
}
await browser.close(); await server.close();
