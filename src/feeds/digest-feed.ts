// /digest.xml: one RSS item per day page, newest first, for RSS-to-email services (they
// mail each new item). The item's HTML is a short digest with absolute links; the full
// email edition lives at /email/<date>.html.
import { escapeXml } from './markup.ts';
import { newestFirst } from './dates.ts';
import type { Edition } from '../email/edition.ts';
import type { Feed, FeedItem } from './feed-model.ts';
import { SITE_PATHS } from '../pipeline/routes.ts';

export const DIGEST_FEED_PATH = SITE_PATHS.digestFeed;
const EMPTY_FEED_DATE = '1970-01-01T00:00:00Z';

export interface DigestDay {
  edition: Edition;
  /** The newest date the day carries (DayPage.lastDate). */
  published: string;
}

function digestHtml(e: Edition): string {
  const list = (entries: string[]) => (entries.length ? `<ul>${entries.map((x) => `<li>${x}</li>`).join('')}</ul>` : '');
  const a = (url: string, text: string) => `<a href="${escapeXml(url)}">${escapeXml(text)}</a>`;
  return [
    list(e.takeaways.map((t) => `${escapeXml(t.text)}${t.link ? ` ${a(t.link.url, t.link.text)}` : ''}`)),
    e.items.length ? `<h2>Items</h2>${list(e.items.map((i) => `${a(i.url, i.title)}: ${escapeXml(i.summary)}`))}` : '',
    e.changes.length
      ? `<h2>Claim status changes</h2>${list(e.changes.map((c) => `${escapeXml(`${c.from} → ${c.to}: ${c.text}`)} (${a(c.item.url, c.item.text)})`))}`
      : '',
    e.corrections.length ? `<h2>Corrections</h2>${list(e.corrections.map((c) => `${escapeXml(c.text)} (${a(c.item.url, c.item.text)})`))}` : '',
    `<p>${a(e.pageUrl, 'The whole day on the web')}</p>`,
  ].join('');
}

export function digestFeed(
  days: DigestDay[],
  head: { title: string; description: string; language: string; homeUrl: string; selfUrl: string; contact: { name: string; email: string } },
  limit = 50,
): Feed {
  const items: Array<FeedItem & { published: string }> = days.map(({ edition, published }) => ({
    id: edition.pageUrl,
    url: edition.pageUrl,
    title: edition.headline,
    summary: edition.preview,
    html: digestHtml(edition),
    published,
    categories: [],
  }));
  const kept = newestFirst(items).slice(0, limit);
  return {
    title: `${head.title}: day by day`,
    description: `What we know, one day at a time: ${head.description}`,
    language: head.language,
    homeUrl: head.homeUrl,
    selfUrls: { rss: head.selfUrl, atom: head.selfUrl, json: head.selfUrl },
    author: head.contact,
    updated: kept[0]?.published ?? EMPTY_FEED_DATE,
    items: kept,
  };
}
