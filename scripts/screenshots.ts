// Screenshots of the built site for the README: home, an article, a topic page and the
// claim ledger, at phone and desktop widths, light and dark. Builds nothing: run
// `npm run build` first. Serves dist/ on 127.0.0.1 and drives Debian's Chromium.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const OUT = join(ROOT, 'docs', 'screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function fileFor(urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  const file = join(DIST, path.endsWith('/') ? join(path, 'index.html') : path);
  if (!file.startsWith(DIST)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

const server = createServer((request, response) => {
  const file = fileFor(request.url ?? '/');
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

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

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
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
  server.close();
}
