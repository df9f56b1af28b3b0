import { describe, expect, it } from 'vitest';
import { editionPagePaths, sitemapLinks } from '../../src/sitemap/alternates.ts';
import type { SiteSettings } from '../../src/site/types.ts';

const site = {
  language: 'en-GB',
  title: 'T',
  description: 'D',
  languages: [{ code: 'uk', name: 'Українська', title: 'Т', description: 'О' }],
} as unknown as SiteSettings;
const content = {
  translations: [{ id: 'uk/articles/done' }, { id: 'uk/pages/about' }, { id: 'fr/articles/done' }],
  pages: [{ id: 'about' }, { id: 'methodology' }],
} as never;
const editions = editionPagePaths(content, site);
const absolute = (path: string) => `https://x.org/b${path}`;

describe('sitemap alternates', () => {
  it('know an edition’s pages from its translations and the index pages every edition has', () => {
    expect(editions.has('/uk/articles/done/')).toBe(true);
    expect(editions.has('/uk/about/')).toBe(true);
    expect(editions.has('/uk/claims/')).toBe(true);
    expect(editions.has('/uk/')).toBe(true);
    // A language site.yaml does not name is no edition.
    expect(editions.has('/fr/articles/done/')).toBe(false);
    expect(editions.has('/uk/articles/other/')).toBe(false);
    expect(editions.has('/uk/methodology/')).toBe(false);
    // Pages every edition builds whatever is translated: authors, claim filters, days.
    expect(editions.has('/uk/authors/ann-example/')).toBe(true);
    expect(editions.has('/uk/claims/status/confirmed/')).toBe(true);
    expect(editions.has('/uk/days/2025-08-18/')).toBe(true);
    expect(editions.has('/uk/days/')).toBe(true);
  });

  it('name both editions and x-default, the same from either side', () => {
    const expected = [
      { lang: 'en-GB', url: 'https://x.org/b/articles/done/' },
      { lang: 'uk', url: 'https://x.org/b/uk/articles/done/' },
      { lang: 'x-default', url: 'https://x.org/b/articles/done/' },
    ];
    expect(sitemapLinks(site, '/articles/done/', editions, absolute)).toEqual(expected);
    expect(sitemapLinks(site, '/uk/articles/done/', editions, absolute)).toEqual(expected);
    expect(sitemapLinks(site, '/about/', editions, absolute)?.map((l) => l.url)).toContain('https://x.org/b/uk/about/');
  });

  it('give none to a page only the original has, or on a site with one language', () => {
    expect(sitemapLinks(site, '/articles/other/', editions, absolute)).toBeUndefined();
    const single = { ...site, languages: [] } as SiteSettings;
    expect(sitemapLinks(single, '/articles/done/', editionPagePaths(content, single), absolute)).toBeUndefined();
  });
});
