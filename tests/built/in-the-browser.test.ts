// The built site in Debian's Chromium, at the root and under the base path: a reader gets
// from home to every kind of page by clicking; the keyboard reaches the skip link first,
// then everything in DOM order, always with a visible focus; every page loads without a
// console error or failed request and never scrolls sideways at 320 px, light or dark.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { domOrder, sidewaysScroll, walkFocus } from '../support/page-checks.ts';
import { describeInBrowser, useBrowser, useServer } from '../support/use-browser.ts';
import { htmlFiles, pageUrl } from './read-dist.ts';

const dist = inject('dist');
const builds = [
  { name: 'root', dir: dist.root, base: '/' },
  { name: `base path ${dist.basePath}`, dir: dist.base, base: dist.basePath },
];

/** Console errors, uncaught exceptions and failed or 4xx/5xx requests of a page. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  // Moving on to the next page aborts what is still loading (the favicon): not a failure.
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

describeInBrowser('browser tests', 'the built site in Chromium', () => {
  const chromium = useBrowser();

  describe.each(builds)('served at the $name', ({ dir, base }) => {
    const site = useServer(dir, { base });

    it('gets from home to every kind of page by clicking links', async () => {
      const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watchProblems(page);
      const home = site.server.url;
      const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
      const inMain = (section: string) => page.locator(`main a[href^="${base}${section}/"]:not([href$="${base}${section}/"])`).first();
      // [start page (undefined: where the last click landed), link to click, path it must reach under the base]
      const steps: Array<[string | undefined, () => Locator, string | RegExp]> = [
        [home, () => nav('Topics'), 'topics/'],
        [home, () => nav('Claims'), 'claims/'],
        [home, () => nav('Timeline'), 'timeline/'],
        [home, () => nav('Actors'), 'actors/'],
        [home, () => nav('Items'), 'articles/'],
        [home, () => nav('Search'), 'search/'],
        [home, () => inMain('topics'), /^topics\/[^/]+\/$/],
        [home, () => inMain('articles'), /^articles\/[^/]+\/$/],
        [undefined, () => inMain('actors'), /^actors\/[^/]+\/$/],
        [undefined, () => page.locator('.site-title'), ''],
      ];
      const visited: string[] = [];
      for (const [from, link, to] of steps) {
        if (from) await page.goto(from);
        await Promise.all([page.waitForEvent('load'), link().click()]);
        const path = new URL(page.url()).pathname;
        expect(path.startsWith(base), `${path} under ${base}`).toBe(true);
        const inside = path.slice(base.length);
        if (typeof to === 'string') expect(inside).toBe(to);
        else expect(inside).toMatch(to);
        expect(await page.locator('h1').count(), `one h1 on ${path}`).toBe(1);
        visited.push(inside);
      }
      expect(visited).toContain('');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('loads every page without console errors or failed requests, and never scrolls sideways at 320 px, light or dark', async () => {
      const problems: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await chromium.browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme });
        const page = await context.newPage();
        const pageProblems = watchProblems(page);
        for (const file of htmlFiles(dir)) {
          pageProblems.length = 0;
          await page.goto(`${site.server.origin}${pageUrl(file, base)}`, { waitUntil: 'load' });
          const scheme = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
          expect(scheme).toBe(colorScheme === 'dark');
          const wide = await sidewaysScroll(page);
          if (wide) problems.push(`${file} (${colorScheme}): ${wide}`);
          problems.push(...pageProblems.map((p) => `${file} (${colorScheme}): ${p}`));
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    }, 120_000);

    it.each(['home', 'an item', 'the claim ledger'])('tabs from the skip link through %s in DOM order, with a visible focus', async (name) => {
      const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const paths: Record<string, string> = { home: '', 'the claim ledger': 'claims/' };
      const target = name === 'an item' ? await firstEntry(page, `${site.server.url}articles/`, base, 'articles') : `${site.server.url}${paths[name]}`;
      await page.goto(target);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, top: document.activeElement!.getBoundingClientRect().top }));
      expect(first.text).toBe('Skip to content');
      expect(first.top, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      // Everything the keyboard should reach, in DOM order, each with a visible focus.
      await page.goto(target);
      const walk = await walkFocus(page);
      expect(walk.focusable).toBeGreaterThan(5);
      expect(walk.reached, 'Tab follows the DOM order').toEqual(domOrder(walk));
      expect(walk.invisible, 'focus is visible').toEqual([]);
      await page.close();
    });
  });
});

async function firstEntry(page: Page, listing: string, base: string, section: string): Promise<string> {
  await page.goto(listing);
  const href = await page.locator(`main a[href^="${base}${section}/"]:not([href$="${base}${section}/"])`).first().getAttribute('href');
  return new URL(href!, listing).href;
}
