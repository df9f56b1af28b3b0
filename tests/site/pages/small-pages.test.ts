import { describe, expect, it } from 'vitest';
import { correctionsPage } from '../../../src/site/pages/corrections-page.ts';
import { notFoundPage } from '../../../src/site/pages/not-found-page.ts';
import { searchPage } from '../../../src/site/pages/search-page.ts';
import { timelinePage } from '../../../src/site/pages/timeline-page.ts';
import { testBriefing, testBriefings } from '../briefing-fixture.ts';
import { article, bilingualSite, topic, translation } from '../fixtures.ts';

const fix = (date: string, text: string) => ({ date, text });
const articles = [
  article('a', {
    published: '2025-08-10T09:00:00+02:00',
    corrections: [fix('2025-08-11', 'The venue was Geneva, not Bern.')],
    events: [{ date: '2025-08-09', title: 'Envoys arrived in Geneva' }],
  }),
  article('b', { published: '2025-08-12T09:00:00+02:00', corrections: [fix('2025-08-14', 'The meeting lasted six hours.')] }),
];
const topics = [topic('gamma', 3, 'Gamma'), topic('alpha', 1, 'Alpha'), topic('beta', 1, 'Beta')];

describe('timelinePage', () => {
  it('gives the events, items and updates oldest first, with the topic titles', () => {
    const model = timelinePage(testBriefing({ articles, topics }));
    expect(model.head).toEqual({ title: 'Timeline', description: 'Events and items of Test Briefing in date order.', path: '/timeline/' });
    expect(model.crumbs).toEqual([{ label: 'Home', path: '/' }, { label: 'Timeline' }]);
    expect(model.entries.map((e) => [e.kind, e.articleId])).toEqual([
      ['event', 'a'],
      ['item', 'a'],
      ['item', 'b'],
    ]);
    expect(model.topicTitles.get('gamma')).toBe('Gamma');
  });
});

describe('correctionsPage', () => {
  it('lists every correction newest first with its item linked, and advertises the feed', () => {
    const model = correctionsPage(testBriefing({ articles }));
    expect(model.head.feeds).toEqual([{ title: 'Test Briefing: corrections (RSS)', href: '/corrections.xml', type: 'application/rss+xml' }]);
    expect(model.head.path).toBe('/corrections/');
    expect(model.feedHref).toBe('/base/corrections.xml');
    expect(model.policyHref).toBeUndefined();
    expect(model.corrections).toEqual([
      { href: '/base/articles/b/', date: '2025-08-14', text: 'The meeting lasted six hours.', title: 'Title of b' },
      { href: '/base/articles/a/', date: '2025-08-11', text: 'The venue was Geneva, not Bern.', title: 'Title of a' },
    ]);
    expect(correctionsPage(testBriefing()).corrections).toEqual([]);
  });

  it('keeps the one corrections feed and marks untranslated items on a translated edition', () => {
    const [, uk] = testBriefings({ articles, site: bilingualSite, translations: [translation('articles', 'b', { title: 'Матеріал Б' })] });
    const model = correctionsPage(uk!);
    expect(model.head.path).toBe('/uk/corrections/');
    expect(model.feedHref).toBe('/base/corrections.xml');
    expect(model.corrections.map((c) => [c.href, c.lang, c.title])).toEqual([
      ['/base/uk/articles/b/', undefined, 'Матеріал Б'],
      ['/base/articles/a/', 'en-GB', 'Title of a'],
    ]);
  });
});

describe('searchPage', () => {
  it("loads Pagefind under the base, stays out of search engines, and offers the topics in the editors' order", () => {
    const model = searchPage(testBriefing({ topics }));
    expect(model.head).toEqual({ title: 'Search', description: 'Search the items of Test Briefing.', path: '/search/', noindex: true });
    expect(model.assets).toEqual({
      css: '/base/pagefind/pagefind-ui.css',
      ui: '/base/pagefind/pagefind-ui.js',
      start: '/base/search-ui.js',
      bundle: '/base/pagefind/',
    });
    expect(model.browse).toEqual([
      { href: '/base/topics/alpha/', label: 'Alpha' },
      { href: '/base/topics/beta/', label: 'Beta' },
      { href: '/base/topics/gamma/', label: 'Gamma' },
      { href: '/base/timeline/', label: 'Timeline of events and items' },
      { href: '/base/articles/', label: 'All items' },
    ]);
  });

  it("keeps the original's shared assets on a translated edition and links its own pages", () => {
    const [, uk] = testBriefings({ topics, site: bilingualSite });
    const model = searchPage(uk!);
    expect(model.head.path).toBe('/uk/search/');
    expect(model.assets.bundle).toBe('/base/pagefind/');
    expect(model.browse[0]).toEqual({ href: '/base/topics/alpha/', lang: 'en-GB', label: 'Alpha' });
    expect(model.browse.at(-1)!.href).toBe('/base/uk/articles/');
  });
});

describe('notFoundPage', () => {
  it("gives each edition's 404 path, a search form into its search page and the pages to start from", () => {
    const model = notFoundPage(testBriefing().ui);
    expect(model.head).toEqual({ title: 'Page not found', description: 'There is nothing at this address.', path: '/404.html', noindex: true });
    expect(model.searchAction).toBe('/base/search/');
    expect(model.links.map((l) => l.href)).toEqual(['/base/', '/base/topics/', '/base/articles/', '/base/claims/']);
    const [, uk] = testBriefings({ site: bilingualSite });
    expect(notFoundPage(uk!.ui).head.path).toBe('/uk/404.html');
    expect(notFoundPage(uk!.ui).searchAction).toBe('/base/uk/search/');
  });
});
