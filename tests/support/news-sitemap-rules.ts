// Google's news sitemap rules (developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap),
// checked on the parsed XML: the two namespaces, at most 1,000 <url>, each with an
// absolute <loc> and one <news:news> holding news:publication (name, language),
// news:publication_date in W3C format and a non-empty news:title. Returns what breaks them.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const W3C_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const LANGUAGE = /^(?:[a-z]{2,3}|zh-cn|zh-tw)$/;

export interface NewsEntry {
  loc: string;
  name: string;
  language: string;
  date: string;
  title: string;
}

export function readNewsSitemap(xml: string): { problems: string[]; entries: NewsEntry[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { problems: [`not well-formed XML: ${valid.err.msg}`], entries: [] };
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url', parseTagValue: false }).parse(xml);
  const problems: string[] = [];
  const urlset = doc.urlset;
  if (urlset === undefined) return { problems: ['no <urlset>'], entries: [] };
  const set = typeof urlset === 'object' ? urlset : {};
  if (set['@_xmlns'] !== 'http://www.sitemaps.org/schemas/sitemap/0.9') problems.push('wrong sitemap namespace');
  if (set['@_xmlns:news'] !== 'http://www.google.com/schemas/sitemap-news/0.9') problems.push('wrong news namespace');
  const urls: Array<Record<string, unknown>> = set.url ?? [];
  if (urls.length > 1000) problems.push(`${urls.length} URLs, at most 1,000 allowed`);
  const entries = urls.map((url) => {
    const news = (url['news:news'] ?? {}) as Record<string, unknown>;
    const publication = (news['news:publication'] ?? {}) as Record<string, unknown>;
    const entry = {
      loc: String(url.loc ?? ''),
      name: String(publication['news:name'] ?? ''),
      language: String(publication['news:language'] ?? ''),
      date: String(news['news:publication_date'] ?? ''),
      title: String(news['news:title'] ?? ''),
    };
    if (!/^https?:\/\//.test(entry.loc)) problems.push(`relative loc ${entry.loc}`);
    if (!entry.name) problems.push(`${entry.loc}: no news:name`);
    if (!LANGUAGE.test(entry.language)) problems.push(`${entry.loc}: language "${entry.language}" is not ISO 639`);
    if (!W3C_DATE.test(entry.date)) problems.push(`${entry.loc}: date "${entry.date}" is not W3C format`);
    if (!entry.title.trim()) problems.push(`${entry.loc}: no news:title`);
    return entry;
  });
  return { problems, entries };
}
