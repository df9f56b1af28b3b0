import type { FeedArticle, FeedInput } from '../../src/feeds/build-feeds.ts';

export function article(id: string, data: Partial<FeedArticle['data']> = {}, html = '<p>Body of ' + id + '.</p>'): FeedArticle {
  return {
    id,
    data: { title: `Title of ${id}`, summary: `Summary of ${id}.`, published: '2025-08-16', topics: ['alpha'], actors: [], ...data },
    html,
  };
}

export function input(articles: FeedArticle[], overrides: Partial<FeedInput> = {}): FeedInput {
  return {
    site: 'https://news.example.org',
    base: '/',
    settings: {
      title: 'Test Briefing',
      description: 'A briefing used by the feed tests.',
      language: 'en',
      contact: { name: 'Desk', email: 'desk@example.org' },
    },
    articles,
    topics: [
      { id: 'alpha', data: { title: 'Alpha & Omega', summary: 'The alpha topic.' } },
      { id: 'beta', data: { title: 'Beta', summary: 'The beta topic.' } },
    ],
    actors: [{ id: 'ann', data: { name: 'Ann Example', role: 'Envoy', affiliation: 'Testland' } }],
    ...overrides,
  };
}
