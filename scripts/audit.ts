// Lighthouse (mobile emulation, Debian's Chromium) on home, an item, a topic page and the map of the
// built site served on 127.0.0.1: prints scores and the main metrics, writes docs/audit.json.
// A report, not a test. Builds dist/ first; `--no-build` audits the dist/ already there.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = { LCP: 'largest-contentful-paint', CLS: 'cumulative-layout-shift', TBT: 'total-blocking-time', FCP: 'first-contentful-paint' };

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The home page's first topic and lead item: the audit follows the content.
const home = readFileSync(join(DIST, 'index.html'), 'utf8');
const firstLink = (section: string) => new RegExp(`href="[^"]*/${section}/([^/"]+)/"`).exec(home)?.[1];
const pages = [
  { name: 'home', path: '/' },
  { name: 'item', path: `/articles/${firstLink('articles')}/` },
  { name: 'topic', path: `/topics/${firstLink('topics')}/` },
  // The territory map: the largest page, an inline SVG and a table (DESIGN.md's budget list).
  ...(home.includes('/topics/territory/') ? [{ name: 'map', path: '/topics/territory/' }] : []),
];

// Lighthouse drives the browser over the DevTools port; playwright-core only launches it.
const port = await new Promise<number>((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => done(port));
  });
});
const server = await serveStatic(DIST);
const browser = await chromium.launch({ ...CHROMIUM, args: [...CHROMIUM.args, `--remote-debugging-port=${port}`] });
const results = [];
try {
  for (const { name, path } of pages) {
    const result = await lighthouse(`${server.origin}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
    results.push({
      page: name,
      path,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
      metrics: Object.fromEntries(
        Object.entries(METRICS).map(([short, id]) => [short, Number((lhr.audits[id]?.numericValue ?? NaN).toFixed(short === 'CLS' ? 3 : 0))]),
      ),
      lighthouse: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
    });
  }
} finally {
  await browser.close();
  await server.close();
}

const rows = results.map((r) => [
  r.page,
  r.path,
  ...CATEGORIES.map((c) => String(r.scores[c])),
  `${r.metrics.LCP} ms`,
  String(r.metrics.CLS),
  `${r.metrics.TBT} ms`,
  `${r.metrics.FCP} ms`,
]);
const header = ['page', 'path', 'perf', 'a11y', 'best', 'seo', 'LCP', 'CLS', 'TBT', 'FCP'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
writeFileSync(join(ROOT, 'docs', 'audit.json'), `${JSON.stringify({ chromium: CHROMIUM.executablePath, pages: results }, null, 2)}\n`);
console.log('\nwrote docs/audit.json (mobile emulation, simulated throttling)');
