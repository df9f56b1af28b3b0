import { describe, expect, it } from 'vitest';
import { actorFeed, correctionsFeed, siteFeed, topicFeed } from '../../src/feeds/build-feeds.ts';
import { article, input } from './fixtures.ts';

describe('siteFeed', () => {
  it('lists items newest first, ties by id, and dates the feed by its newest item', () => {
    const feed = siteFeed(
      input([
        article('b-same-day', { published: '2025-08-17T10:00:00+02:00' }),
        article('old', { published: '2025-08-01', updated: '2025-08-20T12:00:00Z' }),
        article('a-same-day', { published: '2025-08-17T08:00:00Z' }),
        article('newest', { published: '2025-08-18' }),
      ]),
    );
    expect(feed.items.map((item) => item.id.split('/').at(-2))).toEqual(['newest', 'a-same-day', 'b-same-day', 'old']);
    // The update of an old item is the newest date in the feed: that is the feed's date.
    expect(feed.updated).toBe('2025-08-20T12:00:00Z');
  });

  // The body's own links are made absolute by the renderer (tests/pipeline/render-feed-html.test.ts):
  // the feed carries that feed HTML as it is.
  const feedBody = '<h2 id="h">H</h2><p><a href="https://news.example.org/briefing/actors/ann/">Ann</a> <a href="https://other.example/">out</a></p>';

  it('makes every URL absolute under the base path, and carries the feed body as it is', () => {
    const feed = siteFeed(input([article('x', {}, feedBody)], { base: '/briefing/' }));
    expect(feed.homeUrl).toBe('https://news.example.org/briefing/');
    expect(feed.selfUrls).toEqual({
      rss: 'https://news.example.org/briefing/rss.xml',
      atom: 'https://news.example.org/briefing/atom.xml',
      json: 'https://news.example.org/briefing/feed.json',
    });
    const [item] = feed.items;
    expect(item!.url).toBe('https://news.example.org/briefing/articles/x/');
    expect(item!.html).toBe(feedBody);
  });

  it('names topics by title and keeps at most `limit` items', () => {
    const feed = siteFeed(input([article('a', { topics: ['alpha', 'beta'] }), article('b', { published: '2025-08-17' })], { limit: 1 }));
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.categories).toEqual(['Alpha & Omega']);
  });

  it('keeps the newest `limit` items, ties ordered by URL, whatever order the content comes in', () => {
    // Same date: 'a' sorts before 'a-b' as an id, after it as a URL ('/' > '-').
    const items = [article('a'), article('a-b'), article('c', { published: '2025-08-15' }), article('b', { published: '2025-08-18' })];
    const all = siteFeed(input(items)).items.map((item) => item.url.split('/').at(-2));
    expect(all).toEqual(['b', 'a-b', 'a', 'c']);
    for (const limit of [1, 2, 3]) {
      expect(siteFeed(input([...items].reverse(), { limit })).items.map((item) => item.url.split('/').at(-2))).toEqual(all.slice(0, limit));
    }
  });

  it('dates an empty feed with a constant, never the clock', () => {
    expect(siteFeed(input([])).updated).toBe('1970-01-01T00:00:00Z');
  });
});

describe('topic and actor feeds', () => {
  const articles = [article('a', { topics: ['alpha'], actors: ['ann'] }), article('b', { topics: ['beta'] })];

  it('keep only their items and link to their page', () => {
    const topic = topicFeed(input(articles), 'beta')!;
    expect(topic.items.map((i) => i.url)).toEqual(['https://news.example.org/articles/b/']);
    expect(topic.homeUrl).toBe('https://news.example.org/topics/beta/');
    expect(topic.selfUrls.rss).toBe('https://news.example.org/topics/beta/rss.xml');
    const actor = actorFeed(input(articles), 'ann')!;
    expect(actor.title).toBe('Ann Example · Test Briefing');
    expect(actor.items.map((i) => i.url)).toEqual(['https://news.example.org/articles/a/']);
  });

  it('are undefined for unknown ids', () => {
    expect(topicFeed(input(articles), 'gamma')).toBeUndefined();
    expect(actorFeed(input(articles), 'bob')).toBeUndefined();
  });
});

describe('correctionsFeed', () => {
  it('has one item per correction, linking to the article, newest first', () => {
    const feed = correctionsFeed(
      input([
        article('a', {
          corrections: [
            { date: '2025-08-18', text: 'First fix.' },
            { date: '2025-08-20', text: 'Second fix.' },
          ],
        }),
        article('b', { corrections: [{ date: '2025-08-19', text: 'Fix to b.' }] }),
        article('c'),
      ]),
    );
    expect(feed.items.map((i) => [i.id, i.url, i.summary, i.html])).toEqual([
      ['https://news.example.org/articles/a/#correction-2', 'https://news.example.org/articles/a/', 'Second fix.', undefined],
      ['https://news.example.org/articles/b/#correction-1', 'https://news.example.org/articles/b/', 'Fix to b.', undefined],
      ['https://news.example.org/articles/a/#correction-1', 'https://news.example.org/articles/a/', 'First fix.', undefined],
    ]);
    expect(feed.selfUrls.rss).toBe('https://news.example.org/corrections.xml');
    expect(feed.updated).toBe('2025-08-20');
  });
});

describe('feed items carry the ledger', () => {
  it('puts key points before the body and claims with their status now, sources and corrections after it, escaped', () => {
    const item = {
      ...article('x'),
      ledger: {
        keyPoints: ['First <point>'],
        claims: [{ text: 'It was agreed.', by: 'Jane Envoy', status: 'Unconfirmed', reportedHere: 'Claimed' }],
        sources: [{ name: 'Wire', title: 'Envoy speaks', url: 'https://wire.example/envoy-speaks-1', published: '2025-08-17' }],
        corrections: [{ date: '2025-08-18', text: 'A date was wrong.' }],
      },
    };
    const html = siteFeed(input([item])).items[0]!.html!;
    expect(html).toBe(
      '<h2>Key points</h2><ul><li>First &lt;point&gt;</li></ul><p>Body of x.</p>' +
        '<h2>Claims and where they stand</h2><ul><li><strong>UNCONFIRMED</strong> (this item: CLAIMED): Jane Envoy: It was agreed.</li></ul>' +
        '<h2>Sources</h2><ul><li>Wire: <a href="https://wire.example/envoy-speaks-1">Envoy speaks</a>, 2025-08-17</li></ul>' +
        '<h2>Corrections</h2><ul><li>2025-08-18: A date was wrong.</li></ul>',
    );
  });
});

describe('workflow entries in feeds', () => {
  const withdrawn = [
    {
      id: 'gone',
      title: 'A withdrawn item',
      published: '2025-08-17',
      topics: ['beta'],
      actors: ['ann'],
      withdrawn: { date: '2025-08-19', reason: 'Published <twice> by mistake.' },
    },
  ];
  const statusChanges = [
    {
      update: '2025-08-20-x',
      anchor: 'claim-deal',
      date: '2025-08-20',
      status: 'denied' as const,
      claim: 'A deal.',
      note: 'Denied on the record.',
      topics: ['alpha'],
      by: 'ann',
    },
  ];

  it('say an item was withdrawn, under its own id, without its body', () => {
    const feed = siteFeed(input([article('kept')], { withdrawn, statusChanges }));
    const entry = feed.items.find((item) => item.title === 'Withdrawn: A withdrawn item')!;
    expect(entry).toMatchObject({ id: 'https://news.example.org/articles/gone/', updated: '2025-08-19', summary: 'Published <twice> by mistake.' });
    expect(entry.html).toBe('<p>This item was withdrawn on 2025-08-19. Published &lt;twice&gt; by mistake.</p>');
    expect(feed.updated).toBe('2025-08-20');
  });

  it('carry status updates, in the feeds of their topics and claimant only', () => {
    const all = input([article('kept')], { withdrawn, statusChanges });
    expect(siteFeed(all).items.map((i) => i.url)).toContain('https://news.example.org/claims/#claim-deal');
    expect(topicFeed(all, 'alpha')!.items.map((i) => i.title)).toEqual(['Claim now Denied: A deal.', 'Title of kept']);
    expect(topicFeed(all, 'beta')!.items.map((i) => i.title)).toEqual(['Withdrawn: A withdrawn item']);
    expect(actorFeed(all, 'ann')!.items.map((i) => i.title)).toEqual(['Claim now Denied: A deal.', 'Withdrawn: A withdrawn item']);
  });
});
