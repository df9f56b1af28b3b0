// Page-weight budgets on the built shipped site, per page type: HTML and CSS gzipped, and
// the JavaScript each page loads. A page over budget fails CI with its size and budget.
// The article budget is DESIGN.md's; the others leave room for the briefing to grow
// (lists get longer) while catching a template that suddenly doubles. The territory map
// has its own budget (DESIGN.md: inline SVG ≤ 40 KB gzipped): the page budgets are
// measured without the map's section, which a page that shows it carries on top.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { allPages, gzipSize, readPage, selectAll } from './read-dist.ts';
import { shippedContent } from './shipped-content.ts';

const { root } = inject('dist');
const content = shippedContent();
const KB = 1024;

/** Gzipped HTML budget per page type, and the pages of that type in the shipped site. */
const HTML_BUDGETS: Array<{ type: string; budget: number; files: string[] }> = [
  { type: 'article', budget: 14 * KB, files: content.articles.map((id) => `articles/${id}/index.html`) },
  { type: 'topic', budget: 20 * KB, files: ['guarantees', 'territory', 'sanctions', 'actors'].map((id) => `topics/${id}/index.html`) },
  { type: 'actor', budget: 14 * KB, files: ['putin', 'trump', 'zelenskyy', 'witkoff'].map((id) => `actors/${id}/index.html`) },
  { type: 'home', budget: 16 * KB, files: ['index.html'] },
  {
    type: 'index and ledger',
    budget: 24 * KB,
    files: ['articles/index.html', 'topics/index.html', 'actors/index.html', 'claims/index.html', 'timeline/index.html'],
  },
  { type: 'search and 404', budget: 6 * KB, files: ['search/index.html', '404.html'] },
];
const CSS_BUDGET = 8 * KB;
const MAP_SVG_BUDGET = 40 * KB;
const MAP_FIGURE = /<section class="territory-map"[\s\S]*?<\/section>/;

/** Gzipped size of a page without its territory map figure. */
function pageSizeWithoutMap(file: string): number {
  return gzipSync(readFileSync(file, 'utf8').replace(MAP_FIGURE, '')).byteLength;
}
/** Our own search script; Pagefind's UI is measured apart. */
const SEARCH_JS_BUDGET = 2 * KB;
const PAGEFIND_UI_BUDGET = 48 * KB;

function scriptSources(file: string): string[] {
  const page = readPage(root, file);
  return (selectAll('script[src]', page.tree) as Element[]).map((script) => String(script.properties.src));
}

function distPath(src: string): string {
  return join(root, new URL(src, 'https://site.invalid/').pathname);
}

describe('page weight', () => {
  for (const { type, budget, files } of HTML_BUDGETS) {
    it(`keeps ${type} pages under ${budget / KB} KB of gzipped HTML`, () => {
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(pageSizeWithoutMap(join(root, file)), file).toBeLessThan(budget);
    });
  }

  it(`keeps every inline territory map under ${MAP_SVG_BUDGET / KB} KB gzipped`, () => {
    const withMap = allPages(root).filter((page) => page.html.includes('class="territory-map"'));
    expect(withMap.map((page) => page.file)).toContain('topics/territory/index.html');
    for (const page of withMap) {
      const svg = /<svg class="territory-map-svg"[\s\S]*?<\/svg>/.exec(page.html)?.[0] ?? '';
      expect(svg.length, page.file).toBeGreaterThan(1000);
      expect(gzipSync(svg).byteLength, page.file).toBeLessThan(MAP_SVG_BUDGET);
    }
  });

  it(`loads under ${CSS_BUDGET / KB} KB of gzipped CSS on every page`, () => {
    for (const page of allPages(root)) {
      const sheets = (selectAll('link[rel="stylesheet"]', page.tree) as Element[]).map((link) => String(link.properties.href));
      expect(sheets.length, page.file).toBeGreaterThan(0);
      const total = sheets.reduce((sum, href) => sum + gzipSize(distPath(href)), 0);
      expect(total, page.file).toBeLessThan(CSS_BUDGET);
    }
  });

  it('loads 0 bytes of JavaScript on every page but search', () => {
    for (const page of allPages(root)) {
      // Each edition's search page (search/, uk/search/) is the one with script.
      if (/^([a-z]{2}\/)?search\/index\.html$/.test(page.file)) continue;
      expect(scriptSources(page.file), page.file).toEqual([]);
    }
  });

  it('keeps the search page script small, and Pagefind UI within its budget', () => {
    const sources = scriptSources('search/index.html');
    const own = sources.filter((src) => !src.includes('/pagefind/'));
    const pagefind = sources.filter((src) => src.includes('/pagefind/'));
    expect(own.length).toBeGreaterThan(0);
    expect(pagefind.length).toBeGreaterThan(0);
    for (const src of own) expect(readFileSync(distPath(src)).byteLength, src).toBeLessThan(SEARCH_JS_BUDGET);
    for (const src of pagefind) expect(gzipSize(distPath(src)), src).toBeLessThan(PAGEFIND_UI_BUDGET);
  });
});
