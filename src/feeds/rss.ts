// RSS 2.0 with the content and Atom namespaces: full HTML in content:encoded (escaped, not
// CDATA, so a `]]>` in an article cannot end it early) and an atom:link to itself.
import { rfc822 } from './dates.ts';
import type { Feed, FeedItem } from './feed-model.ts';
import { XML_DECLARATION, emptyElement, parentElement, textElement } from './xml.ts';

function item(entry: FeedItem): string {
  return parentElement(
    'item',
    [
      textElement('title', entry.title),
      textElement('link', entry.url),
      textElement('guid', entry.id, { isPermaLink: entry.id === entry.url ? 'true' : 'false' }),
      textElement('pubDate', rfc822(entry.published)),
      ...entry.categories.map((name) => textElement('category', name)),
      textElement('description', entry.summary),
      entry.html === undefined ? '' : textElement('content:encoded', entry.html),
    ],
    {},
    '    ',
  );
}

export function renderRss(feed: Feed): string {
  const channel = parentElement(
    'channel',
    [
      textElement('title', feed.title),
      textElement('link', feed.homeUrl),
      textElement('description', feed.description),
      textElement('language', feed.language),
      textElement('managingEditor', `${feed.author.email} (${feed.author.name})`),
      textElement('lastBuildDate', rfc822(feed.updated)),
      textElement('docs', 'https://www.rssboard.org/rss-specification'),
      emptyElement('atom:link', { href: feed.selfUrls.rss, rel: 'self', type: 'application/rss+xml' }),
      ...feed.items.map(item),
    ],
    {},
    '  ',
  );
  const rss = parentElement('rss', [channel], {
    version: '2.0',
    'xmlns:atom': 'http://www.w3.org/2005/Atom',
    'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  });
  return `${XML_DECLARATION}\n${rss}\n`;
}
