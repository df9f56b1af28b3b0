// The shipped briefing, built at the root: every page type, one <h1>, landmarks, no
// script on article pages, drafts left out (page weight: page-weight.test.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { allPages, readPage, select, selectAll, textOf } from './read-dist.ts';
import { shippedContent } from './shipped-content.ts';

const { root } = inject('dist');
const content = shippedContent();

describe('the built site: pages', () => {
  it('has every page type for the shipped content', () => {
    const expected = [
      'index.html',
      '404.html',
      'articles/index.html',
      'topics/index.html',
      'actors/index.html',
      'claims/index.html',
      'timeline/index.html',
      'authors/index.html',
      ...content.authors.map((id) => `authors/${id}/index.html`),
      ...content.articles.map((id) => `articles/${id}/index.html`),
      ...content.topics.map((id) => `topics/${id}/index.html`),
      ...content.actors.map((id) => `actors/${id}/index.html`),
    ];
    expect(expected.filter((file) => !existsSync(join(root, file)))).toEqual([]);
  });

  it('gives every page exactly one <h1>, landmarks, a skip link and the site language', () => {
    const pages = allPages(root);
    expect(pages.length).toBeGreaterThanOrEqual(7 + content.articles.length + content.topics.length + content.actors.length);
    for (const page of pages) {
      const where = page.file;
      expect(selectAll('h1', page.tree), where).toHaveLength(1);
      expect(textOf(select('h1', page.tree)!).trim(), where).not.toBe('');
      for (const landmark of ['header', 'nav', 'main#main', 'footer']) expect(select(landmark, page.tree), `${where} ${landmark}`).toBeTruthy();
      expect(select('a.skip-link', page.tree)!.properties.href, where).toBe('#main');
      expect(select('html', page.tree)!.properties.lang, where).toBe(where.startsWith('uk/') ? 'uk' : 'en-GB');
      expect(select('link[rel=canonical]', page.tree), where).toBeTruthy();
      expect(select('meta[property="og:title"]', page.tree), where).toBeTruthy();
      expect(select('meta[name="twitter:card"]', page.tree), where).toBeTruthy();
      expect(select('meta[name="color-scheme"]', page.tree)?.properties.content, where).toBe('light dark');
      const feeds = (selectAll('link[rel=alternate]', page.tree) as Element[]).map((l) => l.properties.type);
      expect(feeds, where).toEqual(expect.arrayContaining(['application/rss+xml', 'application/atom+xml', 'application/feed+json']));
    }
  });

  it('puts every date in a <time datetime>', () => {
    for (const page of allPages(root)) {
      for (const time of selectAll('time', page.tree) as Element[]) {
        expect(String(time.properties.dateTime), page.file).toMatch(/^\d{4}-\d{2}-\d{2}/);
      }
    }
  });

  it('ships no JavaScript with article pages (JSON-LD data only)', () => {
    for (const id of content.articles) {
      const page = readPage(root, `articles/${id}/index.html`);
      const scripts = selectAll('script', page.tree) as Element[];
      expect(
        scripts.map((s) => s.properties.type),
        id,
      ).toEqual(['application/ld+json']);
      expect(
        scripts.some((s) => s.properties.src),
        id,
      ).toBe(false);
      expect(selectAll('[onclick], [onload], [onerror]', page.tree), id).toEqual([]);
      expect(JSON.parse(textOf(scripts[0]!))['@type']).toBe('NewsArticle');
    }
  });

  it('marks every claim on an article with a status badge in words', () => {
    const page = readPage(root, `articles/${content.articles[0]}/index.html`);
    for (const badge of selectAll('.badge', page.tree) as Element[]) expect(textOf(badge).trim()).toMatch(/^[A-Z][a-z]+$/);
  });

  it('leaves drafts and scheduled items out entirely: no page, no link', () => {
    expect(content.hiddenArticles.length).toBeGreaterThan(0);
    for (const id of content.hiddenArticles) {
      expect(existsSync(join(root, 'articles', id))).toBe(false);
      for (const page of allPages(root)) expect(page.html.includes(`/articles/${id}/`), `${page.file} links to ${id}`).toBe(false);
    }
  });

  it('lists every claim on the ledger with its latest status', () => {
    const page = readPage(root, 'claims/index.html');
    const anchors = (selectAll('li[id^="claim-"]', page.tree) as Element[]).map((li) => String(li.properties.id));
    expect(anchors.sort()).toEqual([...content.claimAnchors].sort());
    for (const anchor of anchors) expect(select(`li[id="${anchor}"] .claim-status .badge`, page.tree), anchor).toBeTruthy();
  });
});
