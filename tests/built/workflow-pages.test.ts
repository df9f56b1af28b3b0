// The editorial workflow in the built shipped briefing: author pages and bylines, the
// withdrawn item's notice (noindex, no body, out of lists, search and sitemap, in the
// feeds as a withdrawal), and the shipped status update in the ledger and timeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { readPage, select, selectAll, textOf } from './read-dist.ts';
import { shippedContent } from './shipped-content.ts';

const { root } = inject('dist');
const shipped = shippedContent();
const [withdrawn] = shipped.withdrawnArticles;
const content = loadContent({ root: PROJECT_ROOT });
const update = content.updates[0]!;

describe('authors and bylines', () => {
  it('has an index and a page per author, with their bio and items', () => {
    const index = readPage(root, 'authors/index.html');
    for (const id of shipped.authors) {
      expect(select(`main a[href="/authors/${id}/"]`, index.tree), id).toBeTruthy();
      const page = readPage(root, `authors/${id}/index.html`);
      expect(textOf(select('main .prose', page.tree)!).length, id).toBeGreaterThan(40);
    }
  });

  it('puts a byline with author and reviewer on every published item, linked to their pages', () => {
    for (const id of shipped.articles) {
      const article = content.articles.find((a) => a.id === id)!;
      const line = select('main .byline', readPage(root, `articles/${id}/index.html`).tree);
      expect(line, id).toBeTruthy();
      const hrefs = (selectAll('a', line!) as Element[]).map((a) => a.properties.href);
      expect(hrefs, id).toEqual([...article.data.authors.map((a) => `/authors/${a}/`), `/authors/${article.data.reviewedBy}/`]);
    }
  });
});

describe('the withdrawn item', () => {
  it('is shipped, so this is tested against real content', () => {
    expect(withdrawn).toBeDefined();
  });

  it('keeps its URL as a noindex notice with title, date and reason, and no body', () => {
    const page = readPage(root, `articles/${withdrawn}/index.html`);
    const article = content.articles.find((a) => a.id === withdrawn)!;
    expect(select('meta[name="robots"]', page.tree)?.properties.content).toBe('noindex');
    expect(textOf(select('h1', page.tree)!)).toBe(article.data.title);
    expect(textOf(select('main .banner', page.tree)!)).toContain(article.data.withdrawn!.reason);
    expect(select('main time', page.tree)).toBeTruthy();
    // Pagefind indexes only pages that mark a body (src/search/pagefind-integration.ts).
    expect(select('[data-pagefind-body]', page.tree)).toBeUndefined();
    expect(select('.prose', page.tree)).toBeUndefined();
    expect(page.html).not.toContain('A copy of the');
  });

  it('is dropped from lists, the sitemap and the search index, and announced in the feeds', () => {
    for (const list of ['index.html', 'articles/index.html', 'timeline/index.html', 'topics/sanctions/index.html']) {
      expect(readPage(root, list).html, list).not.toContain(`/articles/${withdrawn}/`);
    }
    expect(readFileSync(join(root, 'sitemap-0.xml'), 'utf8')).not.toContain(`/articles/${withdrawn}/`);
    const rss = readFileSync(join(root, 'rss.xml'), 'utf8');
    expect(rss).toMatch(new RegExp(`<title>Withdrawn: [^<]+</title>\\s*<link>https://briefing.example.org/articles/${withdrawn}/</link>`));
  });
});

describe('the shipped status update', () => {
  const [change] = update.data.claims;

  it('joins the claim history on the ledger with its note', () => {
    const item = select(`#claim-${change!.id}`, readPage(root, 'claims/index.html').tree)!;
    expect(item).toBeTruthy();
    const history = (selectAll('.history > li', item) as Element[]).map(textOf);
    expect(history.at(-1)).toContain('· a status update');
    expect(history.at(-1)).toContain(change!.note.slice(0, 40));
  });

  it('is on the timeline and in the feeds', () => {
    expect(textOf(select('main', readPage(root, 'timeline/index.html').tree)!)).toContain('Claim now Confirmed:');
    expect(readFileSync(join(root, 'rss.xml'), 'utf8')).toContain(`/claims/#claim-${change!.id}`);
  });
});
