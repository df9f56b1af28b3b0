// RSS 2.0 with the content and Atom namespaces, written by feedsmith: full HTML in
// content:encoded, an atom:link to itself. feedsmith escapes and wraps text in CDATA
// (splitting a `]]>` in an article so it cannot end the section early).
import { generateRssFeed } from 'feedsmith';
import type { Feed, FeedItem } from './feed-model.ts';
import { xmlDate, xmlText } from './xml.ts';

function item(entry: FeedItem) {
  return {
    title: xmlText(entry.title),
    link: entry.url,
    guid: { value: entry.id, isPermaLink: entry.id === entry.url },
    pubDate: xmlDate(entry.published),
    categories: entry.categories.map((name) => ({ name: xmlText(name) })),
    description: xmlText(entry.summary),
    // RSS 2.0 has a channel language only; Dublin Core's is the usual per-item one.
    ...(entry.language ? { dc: { languages: [entry.language] } } : {}),
    ...(entry.html === undefined ? {} : { content: { encoded: xmlText(entry.html) } }),
  };
}

export function renderRss(feed: Feed): string {
  const xml = generateRssFeed({
    title: xmlText(feed.title),
    link: feed.homeUrl,
    description: xmlText(feed.description),
    language: feed.language,
    managingEditor: { email: feed.author.email, name: xmlText(feed.author.name) },
    lastBuildDate: xmlDate(feed.updated),
    docs: 'https://www.rssboard.org/rss-specification',
    atom: { links: [{ href: feed.selfUrls.rss, rel: 'self', type: 'application/rss+xml' }] },
    items: feed.items.map(item),
  });
  return `${xml}\n`;
}
