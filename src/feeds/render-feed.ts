import { renderAtom } from './atom.ts';
import type { Feed, FeedFormat } from './feed-model.ts';
import { renderJsonFeed } from './json-feed.ts';
import { renderRss } from './rss.ts';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export function renderFeed(feed: Feed, format: FeedFormat): string {
  if (format === 'rss') return renderRss(feed);
  if (format === 'atom') return renderAtom(feed);
  return renderJsonFeed(feed);
}
