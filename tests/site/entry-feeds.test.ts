import { describe, expect, it } from 'vitest';
import { entryFeeds } from '../../src/site/entry-feeds.ts';

describe('entry-feeds', () => {
  it("points at the page's own RSS, Atom and JSON feeds", () => {
    expect(entryFeeds('/topics/alpha/', 'Alpha').map((f) => [f.href, f.type])).toEqual([
      ['/topics/alpha/rss.xml', 'application/rss+xml'],
      ['/topics/alpha/atom.xml', 'application/atom+xml'],
      ['/topics/alpha/feed.json', 'application/feed+json'],
    ]);
  });
});
