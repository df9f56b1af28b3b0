// Atom 1.0 (RFC 4287), written by feedsmith: the feed-level author covers every entry; HTML
// content is escaped text with type="html".
import { generateAtomFeed } from 'feedsmith';
import type { Feed, FeedItem } from './feed-model.ts';
import { xmlDate, xmlText } from './xml.ts';

const text = (value: string) => ({ value: xmlText(value), type: 'text' });

function entry(item: FeedItem) {
  return {
    // xml:lang on the entry covers its title, summary and content (RFC 4287 §2).
    ...(item.language ? { xml: { lang: item.language } } : {}),
    title: text(item.title),
    links: [{ rel: 'alternate', type: 'text/html', href: item.url }],
    id: item.id,
    published: xmlDate(item.published),
    updated: xmlDate(item.updated ?? item.published),
    categories: item.categories.map((term) => ({ term: xmlText(term) })),
    summary: text(item.summary),
    ...(item.html === undefined ? {} : { content: { value: xmlText(item.html), type: 'html' } }),
  };
}

export function renderAtom(feed: Feed): string {
  const xml = generateAtomFeed({
    xml: { lang: feed.language },
    title: text(feed.title),
    subtitle: text(feed.description),
    links: [
      { rel: 'alternate', type: 'text/html', href: feed.homeUrl },
      { rel: 'self', type: 'application/atom+xml', href: feed.selfUrls.atom },
    ],
    id: feed.selfUrls.atom,
    updated: xmlDate(feed.updated),
    authors: [{ name: xmlText(feed.author.name), email: feed.author.email }],
    entries: feed.items.map(entry),
  });
  return `${xml}\n`;
}
