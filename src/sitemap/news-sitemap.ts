// /news-sitemap.xml, after Google's news sitemap rules: the items published in the 48
// hours before the build (the same clock that schedules items, so SOURCE_DATE_EPOCH
// makes it reproducible), at most 1,000, newest first, each with news:publication
// (name, language), news:publication_date (W3C format) and news:title, all escaped.
// With nothing recent it is an empty but valid <urlset>.
import { parentElement, textElement, XML_DECLARATION } from '../feeds/markup.ts';
import { entryPath } from '../pipeline/routes.ts';
import { dateValue } from '../pipeline/schema/primitives.ts';
import { visibility } from '../pipeline/visibility.ts';

export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_SITEMAP_LIMIT = 1000;

export interface NewsSitemapInput {
  /** Items with what visibility.ts needs to decide on them, and a title. */
  articles: ReadonlyArray<{ id: string; data: Parameters<typeof visibility>[0] & { title: string } }>;
  /** Publication name as readers know it (site title). */
  name: string;
  /** The site's BCP 47 language; Google wants ISO 639 (`en`), except zh-cn / zh-tw. */
  language: string;
  /** Site path -> absolute URL under the deploy base. */
  url: (path: string) => string;
  /** The build's "now" in ms (buildTime()). */
  now: number;
}

export function newsLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh-hans') return 'zh-cn';
  if (lower === 'zh-tw' || lower === 'zh-hant') return 'zh-tw';
  return lower.split('-')[0]!;
}

/** The items a news sitemap lists: public, published in the window, newest first. */
export function recentItems(input: Pick<NewsSitemapInput, 'articles' | 'now'>) {
  const since = input.now - NEWS_WINDOW_MS;
  return input.articles
    .filter((a) => visibility(a.data, input.now) === 'public' && dateValue(a.data.published) >= since)
    .sort((a, b) => dateValue(b.data.published) - dateValue(a.data.published) || a.id.localeCompare(b.id))
    .slice(0, NEWS_SITEMAP_LIMIT);
}

export function newsSitemap(input: NewsSitemapInput): string {
  const language = newsLanguage(input.language);
  const urls = recentItems(input).map((article) =>
    parentElement(
      'url',
      [
        textElement('loc', input.url(entryPath.articles(article.id))),
        parentElement(
          'news:news',
          [
            parentElement('news:publication', [textElement('news:name', input.name), textElement('news:language', language)], {}, '    '),
            textElement('news:publication_date', article.data.published),
            textElement('news:title', article.data.title),
          ],
          {},
          '  ',
        ),
      ],
      {},
      '',
    ),
  );
  const urlset = parentElement('urlset', urls, {
    xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
    'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
  });
  return `${XML_DECLARATION}\n${urlset}\n`;
}
