// The one file in src/feeds/ that touches Astro: it reads the collections into the plain
// FeedInput and wraps a rendered feed in a Response. Endpoints in src/pages/ call it.
import type { APIContext } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import type { FeedInput } from './build-feeds.ts';
import type { Feed, FeedFormat } from './feed-model.ts';
import { FEED_CONTENT_TYPES, renderFeed } from './render-feed.ts';

export async function loadFeedInput(context: Pick<APIContext, 'site'>): Promise<FeedInput> {
  const [settings, articles, topics, actors] = await Promise.all([getEntry('site', 'site'), getCollection('articles'), getCollection('topics'), getCollection('actors')]);
  if (!settings) throw new Error('content/site.yaml is missing: run `npm run check`');
  return {
    site: context.site?.href ?? settings.data.url,
    base: import.meta.env.BASE_URL,
    settings: settings.data,
    articles: articles.map((article) => ({ id: article.id, data: article.data, html: article.rendered?.html })),
    topics,
    actors,
  };
}

export function feedResponse(feed: Feed | undefined, format: FeedFormat): Response {
  if (!feed) return new Response('Not found', { status: 404 });
  return new Response(renderFeed(feed, format), { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
}

/** getStaticPaths for per-topic and per-actor feeds. */
export async function feedPathsFor(collection: 'topics' | 'actors') {
  const entries = await getCollection(collection);
  return entries.map((entry) => ({ params: { id: entry.id } }));
}
