// Atom 1.0 (RFC 4287): the feed-level author covers every entry; HTML content is escaped
// text with type="html".
import { rfc3339 } from './dates.ts';
import type { Feed, FeedItem } from './feed-model.ts';
import { XML_DECLARATION, emptyElement, parentElement, textElement } from './xml.ts';

function entry(item: FeedItem): string {
  return parentElement(
    'entry',
    [
      textElement('title', item.title, { type: 'text' }),
      emptyElement('link', { rel: 'alternate', type: 'text/html', href: item.url }),
      textElement('id', item.id),
      textElement('published', rfc3339(item.published)),
      textElement('updated', rfc3339(item.updated ?? item.published)),
      ...item.categories.map((term) => emptyElement('category', { term })),
      textElement('summary', item.summary, { type: 'text' }),
      item.html === undefined ? '' : textElement('content', item.html, { type: 'html' }),
    ],
    {},
    '  ',
  );
}

export function renderAtom(feed: Feed): string {
  const root = parentElement(
    'feed',
    [
      textElement('title', feed.title, { type: 'text' }),
      textElement('subtitle', feed.description, { type: 'text' }),
      emptyElement('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl }),
      emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrls.atom }),
      textElement('id', feed.selfUrls.atom),
      textElement('updated', rfc3339(feed.updated)),
      parentElement('author', [textElement('name', feed.author.name), textElement('email', feed.author.email)], {}, '  '),
      ...feed.items.map(entry),
    ],
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.language },
  );
  return `${XML_DECLARATION}\n${root}\n`;
}
