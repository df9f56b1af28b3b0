// The reader surface of issue 12 on the built site, in Debian's Chromium: the phone's
// first screen, claims a reader can read, trust pages, the look (fonts, tap targets,
// anchors, dates), every mode (search in dark, print) and the timeline's order. Longer
// than a module: one browser and one server for a dozen related checks.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeInBrowser, useBrowser } from '../support/use-browser.ts';
import { htmlFiles, readPage, select, selectAll } from './read-dist.ts';
import { toString as hastToString } from 'hast-util-to-string';

const { root } = inject('dist');
const MOVED_ITEM = 'articles/witkoff-says-putin-accepted-article-5-like-protection/';

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = rgb
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// One date style everywhere: "17 Aug 2025", or with the time "17 Aug 2025, 18:30 CEST".
const DATE_STYLE = /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}(, \d{2}:\d{2} [A-Z]{2,5}([+-]\d+)?)?$/;

describe('the built pages, read as HTML', () => {
  it('shows every date in one style, in <time> elements', () => {
    const bad: string[] = [];
    // The English edition's style; the Ukrainian pages' dates are checked in ukrainian-edition.test.ts.
    for (const file of htmlFiles(root).filter((f) => !f.startsWith('uk/'))) {
      for (const time of selectAll('main time, footer time', readPage(root, file).tree)) {
        const text = hastToString(time).trim();
        if (!DATE_STYLE.test(text)) bad.push(`${file}: "${text}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('links about, methodology and corrections from every footer, and advertises the corrections feed', () => {
    for (const file of htmlFiles(root)) {
      const links = selectAll('footer a', readPage(root, file).tree).map((a) => a.properties.href);
      // A translated edition links its own corrections page; the editor pages are the original's until translated.
      const corrections = file.startsWith('uk/') ? '/uk/corrections/' : '/corrections/';
      expect(links, file).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^(\/uk)?\/about\/$/),
          expect.stringMatching(/^(\/uk)?\/methodology\/$/),
          corrections,
          '/corrections.xml',
        ]),
      );
    }
    const corrections = readPage(root, 'corrections/index.html').tree;
    expect(select('link[rel=alternate][href="/corrections.xml"]', corrections)).toBeDefined();
    expect(selectAll('main .corrections li a', corrections).map((a) => a.properties.href)).toContain(`/${MOVED_ITEM}`);
  });

  it('links every source to a document, with outlet, title and date', () => {
    for (const file of htmlFiles(root).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f))) {
      for (const li of selectAll('.sources li', readPage(root, file).tree)) {
        const link = select('a', li)!;
        const url = new URL(String(link.properties.href));
        expect(url.pathname.split('/').filter(Boolean).length, `${file}: ${url.href}`).toBeGreaterThan(0);
        expect(hastToString(link), `${file}: ${url.href} shows a title, not the host`).not.toBe(url.host.replace(/^www\./, ''));
      }
    }
  });

  it('has a static filter page per status, actor and topic, with counts that add up', () => {
    const ledger = readPage(root, 'claims/index.html').tree;
    const total = selectAll('.claims > li', ledger).length;
    const counts = selectAll('.counts li', ledger).map((li) => Number(/(\d+)\s*$/.exec(hastToString(li))![1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    const filterLinks = selectAll('nav.filters a', ledger).map((a) => String(a.properties.href));
    expect(filterLinks.some((h) => h.startsWith('/claims/status/'))).toBe(true);
    expect(filterLinks.some((h) => h.startsWith('/claims/actor/'))).toBe(true);
    expect(filterLinks.some((h) => h.startsWith('/claims/topic/'))).toBe(true);
    const unconfirmed = readPage(root, 'claims/status/unconfirmed/index.html').tree;
    const shown = selectAll('.claims > li', unconfirmed);
    expect(shown.length).toBe(counts[1]);
    expect(shown.every((li) => select('.claim-status .badge-unconfirmed', li))).toBe(true);
  });

  it('keeps heading-anchor labels out of the text a search index reads', () => {
    const item = readPage(root, `${MOVED_ITEM}index.html`);
    expect(selectAll('.heading-anchor', item.tree).length).toBeGreaterThan(0);
    expect(hastToString(select('[data-pagefind-body]', item.tree)!)).not.toContain('Section titled');
  });

  it('makes topics, actors, pages and the ledger searchable with their type in the result title', () => {
    const meta = (file: string) => select('[data-pagefind-body]', readPage(root, file).tree)?.properties.dataPagefindMeta;
    expect(meta('topics/guarantees/index.html')).toBe('title:Topic: Security guarantees');
    expect(meta('actors/witkoff/index.html')).toMatch(/^title:Actor: /);
    expect(meta('methodology/index.html')).toMatch(/^title:Page: /);
    expect(meta('claims/index.html')).toMatch(/^title:Claims/);
    expect(meta(`${MOVED_ITEM}index.html`)).toMatch(/^title:Item: /);
  });

  it('puts a search box on the 404 page that works without script', () => {
    const form = select('main form[role=search]', readPage(root, '404.html').tree)!;
    expect(form.properties.action).toBe('/search/');
    expect(select('input[name=q]', form)).toBeDefined();
  });

  it('shows a visible Follow link to the feeds of topics and actors', () => {
    expect(select('a.follow[href="/topics/guarantees/rss.xml"]', readPage(root, 'topics/guarantees/index.html').tree)).toBeDefined();
    expect(select('a.follow[href="/actors/witkoff/rss.xml"]', readPage(root, 'actors/witkoff/index.html').tree)).toBeDefined();
  });
});

describeInBrowser('front-page browser checks', 'the built site in Chromium (issue 12)', () => {
  const chromium = useBrowser(root);

  async function open(path: string, options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
    const context = await chromium.browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = await context.newPage();
    await page.goto(`${chromium.server.origin}/${path}`, { waitUntil: 'load' });
    return page;
  }

  it.each(['light', 'dark'] as const)(
    'holds story name, Updated time, 3–5 takeaways and the lead headline in the first 375×812 screen (%s)',
    async (colorScheme) => {
      const page = await open('', { width: 375, height: 812, colorScheme });
      const inView = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
          });
      expect(await page.locator('h1').innerText()).toContain('Ukraine peace talks');
      expect(await inView('h1')).toBe(true);
      const updated = page.locator('.masthead time');
      expect(await page.locator('.masthead').innerText()).toMatch(/^[\s\S]*Updated \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} [A-Z]+/);
      expect(await updated.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await inView('.masthead time')).toBe(true);
      const takeaways = page.locator('.takeaways li');
      const count = await takeaways.count();
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(5);
      // Each links to its item (or, for a day note's takeaway, to its https source).
      for (let i = 0; i < count; i++) expect(await takeaways.nth(i).locator('a[href^="/articles/"], a[href^="https://"]').count()).toBe(1);
      expect(await inView('.takeaways li:last-child')).toBe(true);
      expect(await inView('.lead h2 a')).toBe(true);
      await page.context().close();
    },
  );

  it('says at the top of an item that its claim moved, and links the follow-up', async () => {
    const page = await open(MOVED_ITEM);
    const notice = page.locator('article .notice');
    expect(await notice.innerText()).toMatch(/Update, \d{1,2} Aug 2025: the claim .* is now listed as\s*UNCONFIRMED/);
    expect(await notice.locator('a[href^="/articles/article-5-like-guarantee-claim-still-unconfirmed/"]').count()).toBeGreaterThanOrEqual(1);
    // Above the key points and the body.
    const order = await page.evaluate(() => {
      const n = document.querySelector('article .notice')!;
      const k = document.querySelector('article .key-points')!;
      return n.compareDocumentPosition(k) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.context().close();
  });

  it('shows the legend open, with every status, and links every badge to the methodology', async () => {
    for (const path of ['claims/', MOVED_ITEM, 'topics/guarantees/']) {
      const page = await open(path);
      const legend = page.locator('.legend').first();
      expect(await legend.isVisible(), path).toBe(true);
      expect(await legend.locator('dt .badge').count(), path).toBe(6);
      for (const badge of await legend.locator('.badge').all()) expect(await badge.isVisible(), path).toBe(true);
      const hrefs = await page.locator('main .badge').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      const legendLinks = hrefs.filter((h) => h !== null);
      expect(legendLinks.length, path).toBeGreaterThan(0);
      expect(new Set(legendLinks), path).toEqual(new Set(['/methodology/#what-each-claim-status-means']));
      // A shape per status: the badge's ::before carries a different mask for each.
      const masks = await legend
        .locator('dt .badge')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el, '::before').maskImage || getComputedStyle(el, '::before').webkitMaskImage));
      expect(new Set(masks).size, path).toBe(6);
      await page.context().close();
    }
  });

  it('writes each claim speaker first, with its history as CLAIMED → UNCONFIRMED · date · note, and a permalink', async () => {
    const page = await open('claims/');
    const claim = page.locator('#claim-putin-accepts-article-5-like-guarantees');
    const firstLine = await claim.locator('.claim-by').innerText();
    expect(firstLine).toMatch(/^Steve Witkoff · \d{1,2} Aug 2025/);
    const history = await claim.locator('.history li').allInnerTexts();
    expect(history[1]).toMatch(/^CLAIMED → UNCONFIRMED · 20 Aug 2025 · Three days on/);
    expect(await claim.locator('a', { hasText: 'Permalink' }).getAttribute('href')).toBe('/claims/#claim-putin-accepts-article-5-like-guarantees');
    await page.context().close();
  });

  it('keeps the typed query and the results readable on /search/ in dark mode', async () => {
    const page = await open('search/', { colorScheme: 'dark' });
    const input = page.locator('.pagefind-ui__search-input');
    await input.fill('guarantee');
    await page.locator('.pagefind-ui__result').first().waitFor();
    const [fg, bg] = await input.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
    const pageBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const title = await page
      .locator('.pagefind-ui__result-link')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    const excerpt = await page
      .locator('.pagefind-ui__result-excerpt')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(contrast(title, pageBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(excerpt, pageBg)).toBeGreaterThanOrEqual(4.5);
    const texts = await page.locator('.pagefind-ui__results').innerText();
    expect(texts).not.toContain('Section titled');
    expect(texts).toMatch(/Item: /);
    await page.context().close();
  });

  it('gives the main navigation 44 px targets and every control and standalone link at least 24×24 px', async () => {
    for (const [path, width] of [
      ['', 375],
      [MOVED_ITEM, 375],
      ['claims/', 1280],
      ['topics/guarantees/', 375],
    ] as const) {
      const page = await open(path, { width, height: 800 });
      const nav = await page
        .locator('nav[aria-label=Main] a, a.wordmark')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height]));
      for (const [w, h] of nav) {
        expect(h, `${path} nav height`).toBeGreaterThanOrEqual(44);
        expect(w, `${path} nav width`).toBeGreaterThanOrEqual(24);
      }
      const small = await page
        .locator('main a.badge, main summary, main button, main input, footer a, .filters a, .jump a, .claim-status a, a.follow, .breadcrumbs a')
        .evaluateAll((els) =>
          els
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => [el.textContent?.trim(), el.getBoundingClientRect().width, el.getBoundingClientRect().height] as const)
            .filter(([, w, h]) => w < 24 || h < 24),
        );
      expect(small, path).toEqual([]);
      await page.context().close();
    }
  });

  it('shows heading anchors only on hover or focus', async () => {
    const page = await open(MOVED_ITEM);
    const anchor = page.locator('.prose h2 .heading-anchor').first();
    const opacity = () => anchor.evaluate((el) => getComputedStyle(el).opacity);
    expect(await opacity()).toBe('0');
    await page.locator('.prose h2').first().hover();
    expect(await opacity()).toBe('1');
    await page.mouse.move(0, 0);
    await anchor.focus();
    expect(await opacity()).toBe('1');
    await page.context().close();
  });

  it('prints light, with the page URL, whatever the colour scheme', async () => {
    const page = await open(MOVED_ITEM, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    expect(bg).toBe('rgb(255, 255, 255)');
    expect(fg).toBe('rgb(0, 0, 0)');
    const line = page.locator('.print-only');
    expect(await line.isVisible()).toBe(true);
    expect(await line.innerText()).toContain(`/${MOVED_ITEM}`);
    expect(await page.locator('.legend').first().isVisible()).toBe(true);
    expect(await page.locator('nav[aria-label=Main]').isVisible()).toBe(false);
    // Open questions, folded on screen, print open.
    await page.goto(`${chromium.server.origin}/`);
    expect(await page.locator('.card details li').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('lists the timeline newest day first, events before the items of their day, with topic labels', async () => {
    const page = await open('timeline/');
    const days = await page.locator('.timeline-day > :is(h2, h3) time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect(days.length).toBeGreaterThan(1);
    expect([...days].sort().reverse()).toEqual(days);
    const kinds = await page
      .locator('.timeline-day')
      .evaluateAll((sections) => sections.map((s) => [...s.querySelectorAll('ol > li')].map((li) => li.className)));
    for (const day of kinds) expect([...day].sort((a, b) => (a === 'event' ? -1 : 0) - (b === 'event' ? -1 : 0))).toEqual(day);
    expect(await page.locator('.timeline .topic-label').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('loads at most two preloaded woff2 fonts and at most 120 KB of fonts per page, Cyrillic ones on Ukrainian pages', async () => {
    for (const path of ['', MOVED_ITEM, 'claims/', 'about/', 'uk/', 'uk/about/']) {
      const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      let bytes = 0;
      const fonts: string[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'font') {
          fonts.push(response.url());
          bytes += (await response.body()).length;
        }
      });
      await page.goto(`${chromium.server.origin}/${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const preloads = await page.locator('link[rel=preload][as=font]').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(preloads.length, path).toBeLessThanOrEqual(2);
      expect(
        preloads.every((h) => h!.endsWith('.woff2')),
        path,
      ).toBe(true);
      expect(fonts.length, path).toBeGreaterThan(0);
      expect(
        fonts.every((u) => u.endsWith('.woff2') && u.startsWith(chromium.server.origin)),
        path,
      ).toBe(true);
      expect(bytes, path).toBeLessThanOrEqual(120 * 1024);
      if (path.startsWith('uk/')) {
        // The edition's text and headlines are drawn in the web fonts, not a fallback.
        expect(fonts.filter((u) => u.includes('cyrillic')).length, path).toBeGreaterThanOrEqual(2);
        expect(
          preloads.every((h) => h!.includes('cyrillic')),
          path,
        ).toBe(true);
      }
      await context.close();
    }
  });
});
