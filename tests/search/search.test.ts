// Search: what Pagefind indexed in the shipped builds, the /search/ page's markup, and a
// real browser searching under the base path with the production CSP as a header.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { cspHeader } from '../../src/security/csp.ts';
import { htmlFiles, readPage, select, selectAll } from '../built/read-dist.ts';
import { describeInBrowser, useBrowser } from '../support/use-browser.ts';
import { shippedContent } from '../built/shipped-content.ts';

const dist = inject('dist');

describe.each([
  { name: 'root build', root: dist.root, base: '/' },
  { name: 'base-path build', root: dist.base, base: dist.basePath },
])('search in the $name', ({ root, base }) => {
  it('indexes every item, topic, actor and editor page and the claim ledger (not its filter pages), with topic and actor filters', () => {
    const bodies = htmlFiles(root).filter((file) => select('[data-pagefind-body]', readPage(root, file).tree));
    // Each edition's pages: the Ukrainian ones under uk/, indexed in their own language.
    const searchable = /^(uk\/)?((articles|topics|actors)\/[^/]+\/|claims\/|about\/|methodology\/)index\.html$/;
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((file) => !searchable.test(file))).toEqual([]);
    // Every searchable page, except withdrawn items' notices, which stay out of search.
    const withdrawn = new Set(shippedContent().withdrawnArticles.flatMap((id) => [`articles/${id}/index.html`, `uk/articles/${id}/index.html`]));
    expect(withdrawn.size).toBeGreaterThan(0);
    expect(bodies).toEqual(htmlFiles(root).filter((f) => searchable.test(f) && !withdrawn.has(f)));
    const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0)).toBe(bodies.length);
    const article = readPage(
      root,
      bodies.find((file) => file.startsWith('articles/'))!,
    ).tree;
    expect(selectAll('[data-pagefind-filter="topic"]', article).length).toBeGreaterThan(0);
  });

  it('loads the Pagefind UI from the base path with no inline script, on /search/ only', () => {
    for (const search of ['search/index.html', 'uk/search/index.html']) {
      const page = readPage(root, search).tree;
      const scripts = selectAll('script', page).filter((s) => s.properties.type !== 'application/ld+json');
      expect(scripts.map((s) => s.properties.src)).toEqual([`${base}pagefind/pagefind-ui.js`, `${base}search-ui.js`]);
      expect(select('[data-search]', page)?.properties.dataBundle).toBe(`${base}pagefind/`);
      expect(selectAll('a', select('section[aria-labelledby=browse]', page)!).map((a) => a.properties.href)).toContain(
        `${base}${search.replace('search/index.html', '')}timeline/`,
      );
    }
    expect(existsSync(join(root, 'search-ui.js'))).toBe(true);
    for (const file of htmlFiles(root).filter((f) => !['search/index.html', 'uk/search/index.html'].includes(f))) {
      expect(readPage(root, file).html, file).not.toContain('pagefind-ui.js');
    }
  });
});

// Skipped without a browser, except in CI, where a missing browser must fail.
describeInBrowser('search in a browser', 'search in a browser, under the base path, with the CSP header', () => {
  const chromium = useBrowser(dist.base, { base: dist.basePath, headers: { 'Content-Security-Policy': cspHeader() } });

  it('finds items, links them under the base path, and breaks no CSP rule', async () => {
    const page = await chromium.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${chromium.server.url}search/?q=guarantee`);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`^${dist.basePath}((articles|topics|actors)/[^/]+/|claims/|about/|methodology/)`));
    // Each result says what kind of page it is.
    const titles = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((as) => as.filter((a) => !a.closest('.pagefind-ui__result-nested')).map((a) => a.textContent!.trim()));
    for (const title of titles) expect(title).toMatch(/^(Item|Topic|Actor|Page|Claims): /);
    expect(titles.some((t) => t.startsWith('Item: '))).toBe(true);
    // The filter panel is drawn after the results: wait for it rather than count at once.
    await page.locator('.pagefind-ui__filter-name', { hasText: /topic/i }).first().waitFor({ timeout: 15_000 });
    expect(problems).toEqual([]);
  });

  it('searches the Ukrainian index from /uk/search/, with the interface in Ukrainian and results in the edition', async () => {
    const page = await chromium.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // A word that only the Ukrainian pages hold, in the form they hold it (no Ukrainian stemming).
    await page.goto(`${chromium.server.url}uk/search/?q=${encodeURIComponent('гарантії')}`);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`^${dist.basePath}uk/`));
    const titles = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((as) => as.filter((a) => !a.closest('.pagefind-ui__result-nested')).map((a) => a.textContent!.trim()));
    for (const title of titles) expect(title).toMatch(/^(Матеріал|Тема|Дійова особа|Сторінка|Заяви): /);
    expect(await page.locator('.pagefind-ui__search-input').getAttribute('placeholder')).toMatch(/^[А-ЯІЇЄҐа-яіїєґ’ ]+$/);
    // The filter panel is drawn after the results, once the filters' index has loaded: wait for it.
    await page.locator('.pagefind-ui__filter-name', { hasText: /тема/i }).first().waitFor({ timeout: 15_000 });
    // The English index does not hold the Ukrainian pages.
    await page.goto(`${chromium.server.url}search/?q=${encodeURIComponent('гарантії')}`);
    await page.locator('.pagefind-ui__message').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('.pagefind-ui__result-link').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows results as a reader types a query, and follows one to its item', async () => {
    const page = await chromium.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${chromium.server.url}search/`);
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    await input.pressSequentially('sanctions', { delay: 20 });
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 15_000 });
    const title = (await first.textContent())?.trim() ?? '';
    await Promise.all([page.waitForEvent('load'), first.click()]);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${dist.basePath}(articles|topics|actors)/[^/]+/$`));
    // The result's title is the page's h1 behind its type ("Topic: Sanctions").
    const [, , heading] = /^(Item|Topic|Actor): (.+)$/.exec(title) ?? [];
    expect((await page.locator('h1').textContent())?.trim()).toBe(heading);
    expect(problems).toEqual([]);
    await page.close();
  });
});
