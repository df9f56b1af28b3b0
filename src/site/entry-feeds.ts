// Autodiscovery links for a topic's or actor's own feeds (served at <page>/rss.xml etc.).
import { FEED_FILES, FEED_TYPES } from './site-names.ts';

export interface FeedLink {
  title: string;
  href: string;
  type: string;
}

export function entryFeeds(pagePath: string, name: string): FeedLink[] {
  return [
    { title: `${name} (RSS)`, href: `${pagePath}${FEED_FILES.rss}`, type: FEED_TYPES.rss },
    { title: `${name} (Atom)`, href: `${pagePath}${FEED_FILES.atom}`, type: FEED_TYPES.atom },
    { title: `${name} (JSON Feed)`, href: `${pagePath}${FEED_FILES.json}`, type: FEED_TYPES.json },
  ];
}
