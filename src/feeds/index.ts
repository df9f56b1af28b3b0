export { renderAtom } from './atom.ts';
export { actorFeed, CORRECTIONS_FEED_PATH, correctionsFeed, feedPaths, siteFeed, topicFeed, type FeedArticle, type FeedInput } from './build-feeds.ts';
export type { Feed, FeedFormat, FeedItem } from './feed-model.ts';
export { renderJsonFeed } from './json-feed.ts';
export { renderRss } from './rss.ts';
export { FEED_CONTENT_TYPES, renderFeed } from './render-feed.ts';
