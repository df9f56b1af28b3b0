// Autodiscovery links for a topic's or actor's own feeds (served at <page>/rss.xml etc.).
export interface FeedLink {
  title: string;
  href: string;
  type: string;
}

export function entryFeeds(pagePath: string, name: string): FeedLink[] {
  return [
    { title: `${name} (RSS)`, href: `${pagePath}rss.xml`, type: 'application/rss+xml' },
    { title: `${name} (Atom)`, href: `${pagePath}atom.xml`, type: 'application/atom+xml' },
    { title: `${name} (JSON Feed)`, href: `${pagePath}feed.json`, type: 'application/feed+json' },
  ];
}
