// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written by feedsmith. Its key
// order is fixed by the library, so the file is byte-stable.
import { generateJsonFeed } from 'feedsmith';
import type { Feed } from './feed-model.ts';
import { xmlDate } from './xml.ts';

export function renderJsonFeed(feed: Feed): string {
  // feedsmith types the generated document as `unknown`; it is a plain JSON object.
  const document = generateJsonFeed({
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrls.json,
    description: feed.description,
    language: feed.language,
    authors: [{ name: feed.author.name, url: `mailto:${feed.author.email}` }],
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      ...(item.language ? { language: item.language } : {}),
      summary: item.summary,
      ...(item.html === undefined ? { content_text: item.summary } : { content_html: item.html }),
      date_published: xmlDate(item.published),
      date_modified: xmlDate(item.updated ?? item.published),
      ...(item.categories.length ? { tags: item.categories } : {}),
    })),
  }) as Record<string, unknown>;
  // JSON Feed 1.1 requires `items`, and feedsmith leaves out an empty array: a feed with
  // nothing in it yet (an actor with no items) must still say so. Present, it keeps its place.
  return `${JSON.stringify({ ...document, items: document.items ?? [] }, null, 2)}\n`;
}
