import { describe, expect, it } from 'vitest';
import { en } from '../../src/site/i18n/messages/en.ts';
import { uk } from '../../src/site/i18n/messages/uk.ts';
import { FEED_FILES, FIXED_PAGES, SITE_PATHS } from '../../src/pipeline/routes.ts';
import { navigation, sections } from '../../src/site/site-names.ts';

describe('site-names', () => {
  it('spells every feed file and site-wide page once, and every one of them always exists', () => {
    expect(SITE_PATHS.rss).toBe(`/${FEED_FILES.rss}`);
    expect([SITE_PATHS.atom, SITE_PATHS.jsonFeed, SITE_PATHS.correctionsFeed, SITE_PATHS.digestFeed]).toEqual([
      '/atom.xml',
      '/feed.json',
      '/corrections.xml',
      '/digest.xml',
    ]);
    expect([SITE_PATHS.search, SITE_PATHS.notFound]).toEqual(['/search/', '/404.html']);
    expect(FIXED_PAGES).toEqual(Object.values(SITE_PATHS));
  });

  it("names the menu and the sections in the edition's words, on the original's paths", () => {
    expect(navigation(en).map((l) => l.path)).toEqual(['/topics/', '/claims/', '/timeline/', '/actors/', '/articles/', '/search/']);
    expect(navigation(uk)[0]!.label).toBe(uk.nav.topics);
    expect(sections(uk).claims).toEqual({ label: uk.crumbs.claims, path: '/claims/' });
  });
});
