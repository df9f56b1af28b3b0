// Screenshots of the built site for the README: home, an article, a topic page and the
// claim ledger, at phone and desktop widths, light and dark. Builds nothing: run
// `npm run build` first. Serves dist/ on 127.0.0.1 and drives Debian's Chromium.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const OUT = join(ROOT, 'docs', 'screenshots');

// The home page's first topic and lead item: the screenshots follow the content.
const home = readFileSync(join(DIST, 'index.html'), 'utf8');
const firstLink = (section: string) => new RegExp(`href="[^"]*/${section}/([^/"]+)/"`).exec(home)?.[1];
const article = process.env.SCREENSHOT_ARTICLE ?? firstLink('articles');
const topic = process.env.SCREENSHOT_TOPIC ?? firstLink('topics');
if (!article || !topic) throw new Error(`no article or topic linked from ${join(DIST, 'index.html')}: run npm run build first`);
const pages = [
  { name: 'home', path: '/' },
  { name: 'article', path: `/articles/${article}/` },
  { name: 'topic', path: `/topics/${topic}/` },
  { name: 'claims', path: '/claims/' },
];
const viewports = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];

const server = await serveStatic(DIST);
const origin = server.origin;
const browser = await launchChromium();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of viewports) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const { name, path } of pages) {
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        const file = join(OUT, `${name}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(`${file.slice(ROOT.length + 1)}  (${path})`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
