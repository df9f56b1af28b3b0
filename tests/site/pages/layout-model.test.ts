import { describe, expect, it } from 'vitest';
import { layoutModel } from '../../../src/site/pages/layout-model.ts';
import { testBriefing, testBriefings } from '../briefing-fixture.ts';
import { article, bilingualSite, site, translation } from '../fixtures.ts';

const page = (id: string, order: number, title: string) => ({
  id,
  data: { title, summary: `What the ${id} page says.`, order, headings: [], file: `content/pages/${id}.md` },
});
const pages = [page('methodology', 2, 'Methodology'), page('about', 1, 'About us')];
const context = (editions: ReturnType<typeof testBriefings>) => ({ siteUrl: 'https://news.example.org', base: '/base/', editions });

describe('layoutModel', () => {
  const all = testBriefings({ pages, site: { ...site, story: 'The talks' } });
  const briefing = all[0]!;

  it('builds the head: document title, clipped description, canonical under the base, the site feeds then the page’s', () => {
    const model = layoutModel(
      briefing,
      { title: 'Claims', description: 'Every   claim.', path: '/claims/', feeds: [{ title: 'Digest', href: '/digest.xml', type: 'application/rss+xml' }] },
      context(all),
    );
    expect(model.documentTitle).toBe('Claims · Test Briefing');
    expect(model.summary).toBe('Every claim.');
    expect(model.canonical).toBe('https://news.example.org/base/claims/');
    expect(model).toMatchObject({
      language: 'en-GB',
      ogLocale: 'en_GB',
      type: 'website',
      siteName: 'Test Briefing',
      fonts: 'latin',
      noindex: false,
      favicon: '/base/favicon.svg',
    });
    expect(model.feeds.map((f) => f.href)).toEqual(['/base/rss.xml', '/base/atom.xml', '/base/feed.json', '/base/digest.xml']);
    expect(model.alternates).toEqual([]);
    expect(model.image).toBeUndefined();
  });

  it('makes the social card absolute and keeps the home page’s title alone', () => {
    const model = layoutModel(
      briefing,
      {
        title: 'Test Briefing',
        description: 'Home.',
        path: '/',
        type: 'article',
        ogImage: { url: '/base/og/home.png', width: 1200, height: 630, alt: 'Card' },
      },
      context(all),
    );
    expect(model.documentTitle).toBe('Test Briefing');
    expect(model.type).toBe('article');
    expect(model.image).toEqual({ url: 'https://news.example.org/base/og/home.png', width: 1200, height: 630, alt: 'Card' });
  });

  it('marks the current section and the home page in the header menu', () => {
    const home = layoutModel(briefing, { title: 'Test Briefing', description: 'Home.', path: '/' }, context(all)).header;
    expect(home.home).toEqual({ href: '/base/', current: 'page' });
    expect(home.story).toBe('The talks');
    const claim = layoutModel(briefing, { title: 'Claims: Denied', description: 'Denied.', path: '/claims/status/denied/' }, context(all)).header;
    expect(claim.home.current).toBeUndefined();
    expect(claim.nav.map((l) => [l.href, l.current])).toEqual([
      ['/base/topics/', undefined],
      ['/base/claims/', 'true'],
      ['/base/timeline/', undefined],
      ['/base/actors/', undefined],
      ['/base/articles/', undefined],
      ['/base/search/', undefined],
    ]);
    expect(layoutModel(briefing, { title: 'Claims', description: 'All.', path: '/claims/' }, context(all)).header.nav[1]!.current).toBe('page');
  });

  it('lists the editor pages in footer order, then corrections and authors, and the feeds', () => {
    const { footer } = layoutModel(briefing, { title: 'Claims', description: 'All.', path: '/claims/' }, context(all));
    expect(footer.pages).toEqual([
      { label: 'About us', href: '/base/about/' },
      { label: 'Methodology', href: '/base/methodology/' },
      { label: 'Corrections', href: '/base/corrections/' },
      { label: 'Who writes and reviews the briefing', href: '/base/authors/' },
    ]);
    expect(footer.contact).toEqual({ name: 'The desk', email: 'desk@news.example.org' });
    expect(footer.feeds.map((f) => f.href)).toEqual(['/base/rss.xml', '/base/atom.xml', '/base/feed.json', '/base/corrections.xml']);
  });

  it('hides every page of a preview build from search engines', () => {
    const preview = testBriefings({}, { preview: true });
    const model = layoutModel(preview[0]!, { title: 'Claims', description: 'All.', path: '/claims/' }, context(preview));
    expect(model).toMatchObject({ noindex: true, preview: true });
    expect(layoutModel(testBriefing(), { title: 'Search', description: 'Find.', path: '/search/', noindex: true }, context(all)).noindex).toBe(true);
  });

  it('on a translated edition: its words and fonts, hreflang both ways, the switcher, the original’s corrections feed', () => {
    const editions = testBriefings({
      pages,
      articles: [article('a')],
      site: bilingualSite,
      translations: [translation('articles', 'a', { title: 'Матеріал А' })],
    });
    const uk = editions[1]!;
    const model = layoutModel(uk, { title: 'Матеріал А', description: 'Опис.', path: '/uk/articles/a/' }, context(editions));
    expect(model).toMatchObject({ language: 'uk', ogLocale: 'uk_UA', fonts: 'cyrillic', siteName: 'Тестовий брифінг' });
    expect(model.header.story).toBe('Тестовий брифінг');
    expect(model.alternates).toEqual([
      { hreflang: 'en-GB', href: 'https://news.example.org/base/articles/a/' },
      { hreflang: 'uk', href: 'https://news.example.org/base/uk/articles/a/' },
      { hreflang: 'x-default', href: 'https://news.example.org/base/articles/a/' },
    ]);
    // The switcher offers the other editions only, linked under the base.
    expect(model.header.switcher.map((s) => [s.href, s.language, s.missing])).toEqual([['/base/articles/a/', 'en-GB', false]]);
    const untranslated = layoutModel(editions[0]!, { title: 'About us', description: 'About.', path: '/about/' }, context(editions));
    expect(untranslated.header.switcher.map((s) => [s.href, s.missing])).toEqual([['/base/uk/untranslated/about/', true]]);
    expect(model.feeds[0]!.href).toBe('/base/uk/rss.xml');
    expect(model.footer.pages[0]).toEqual({ label: 'About us', href: '/base/about/', lang: 'en-GB' });
    expect(model.footer.contact.lang).toBe('en-GB');
    expect(model.footer.feeds.at(-1)!.href).toBe('/base/corrections.xml');
  });
});
