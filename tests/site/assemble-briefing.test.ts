import { describe, expect, it } from 'vitest';
import { testBriefing, testBriefings } from './briefing-fixture.ts';
import { article, author, site, topic } from './fixtures.ts';

describe('assembleBriefings', () => {
  it('lists items newest first and keeps withdrawn ones apart', () => {
    const briefing = testBriefing({
      articles: [
        article('old', { published: '2025-08-10T08:00:00Z' }),
        article('gone', { published: '2025-08-12T08:00:00Z', visibility: 'withdrawn' }),
        article('new', { published: '2025-08-15T08:00:00Z' }),
      ],
    });
    expect(briefing.articles.map((a) => a.id)).toEqual(['new', 'old']);
    expect(briefing.withdrawn.map((a) => a.id)).toEqual(['gone']);
  });

  it('sorts authors by name and indexes topic titles', () => {
    const briefing = testBriefing({ authors: [author('b', 'Zora Vale'), author('a', 'Anton Brik')], topics: [topic('alpha', 1, 'Alpha')] });
    expect(briefing.authors.map((a) => a.id)).toEqual(['a', 'b']);
    expect(briefing.topicTitles.get('alpha')).toBe('Alpha');
  });

  it('makes one briefing per edition, the original first, all sharing the list', async () => {
    const all = testBriefings({}, { base: '' });
    expect(all).toHaveLength(1 + site.languages.length);
    expect(all[0]!.ui.edition.original).toBe(true);
    expect(await all[0]!.editions()).toBe(all);
  });

  it('links with the deploy base it is given', () => {
    expect(testBriefing({}, { base: '/news' }).ui.link('/claims/')).toBe('/news/claims/');
  });
});
