// Structured data for articles (schema.org NewsArticle) and its safe serialisation into
// a <script> element: `<`, `>` and `&` are escaped as \u003c etc., so no text from
// content can close the element, and U+2028/2029 so the output is valid JavaScript too.
import { entryPath } from '../pipeline/routes.ts';
import { indexById } from './collection-filters.ts';
import { absoluteUrl } from './page-meta.ts';
import type { ActorEntry, ArticleEntry, AuthorEntry, SiteSettings, TopicEntry } from './types.ts';

export interface NewsArticleInput {
  article: ArticleEntry;
  site: SiteSettings;
  /** Absolute URL of the article page. */
  url: string;
  /** Absolute URL of the home page. */
  homeUrl: string;
  /** Display names of the article's actors and titles of its topics. */
  actorNames: string[];
  topicTitles: string[];
  /** The byline's people, with their author pages; the desk stands in when there are none. */
  authors?: Array<{ name: string; url: string }>;
  /** Absolute URL of the item's own picture (optional). */
  imageUrl?: string;
  /** The page's language when it is not the site's (a translated edition). */
  inLanguage?: string;
  /** The page this one translates (absolute URL), for a translated edition. */
  translationOf?: string;
}

export function newsArticleJsonLd({
  article,
  site,
  url,
  homeUrl,
  actorNames,
  topicTitles,
  authors = [],
  imageUrl,
  inLanguage,
  translationOf,
}: NewsArticleInput): Record<string, unknown> {
  const { data } = article;
  const publisher = { '@type': 'Organization', name: site.title, url: homeUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.summary,
    datePublished: data.published,
    dateModified: data.updated ?? data.published,
    inLanguage: inLanguage ?? site.language,
    ...(translationOf ? { translationOfWork: { '@type': 'NewsArticle', '@id': translationOf, inLanguage: site.language } } : {}),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    author: authors.length
      ? authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url }))
      : { '@type': 'Organization', name: site.contact.name, url: homeUrl },
    publisher,
    isAccessibleForFree: true,
    wordCount: data.wordCount,
    ...(topicTitles.length ? { keywords: topicTitles.join(', ') } : {}),
    ...(actorNames.length ? { mentions: actorNames.map((name) => ({ '@type': 'Thing', name })) } : {}),
    isBasedOn: data.sources.map((source) => source.url),
    ...(imageUrl ? { image: [imageUrl] } : {}),
  };
}

const UNSAFE = /[<>&\u2028\u2029]/g;

/** JSON for an inline <script type="application/ld+json">, safe against `</script>` and `<!--`. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The NewsArticle object for an item, with names looked up and URLs made absolute. */
export function articleJsonLd(
  article: ArticleEntry,
  briefing: { site: SiteSettings; actors: readonly ActorEntry[]; topics: readonly TopicEntry[]; authors?: readonly AuthorEntry[] },
  siteUrl: string | URL,
  base: string,
  imageUrl?: string,
  /** The edition the page is in; the original's when absent. */
  edition?: { language: string; prefix: string; original: boolean },
): Record<string, unknown> {
  const inEdition = (path: string) => (edition && !edition.original ? `${edition.prefix}${path}` : path);
  const actors = indexById(briefing.actors);
  const topics = indexById(briefing.topics);
  return newsArticleJsonLd({
    article,
    site: briefing.site,
    url: absoluteUrl(siteUrl, base, inEdition(entryPath.articles(article.id))),
    homeUrl: absoluteUrl(siteUrl, base, inEdition('/')),
    ...(edition && !edition.original ? { inLanguage: edition.language, translationOf: absoluteUrl(siteUrl, base, entryPath.articles(article.id)) } : {}),
    actorNames: article.data.actors.map((id) => actors.get(id)?.data.name ?? id),
    topicTitles: article.data.topics.map((id) => topics.get(id)?.data.title ?? id),
    authors: article.data.authors.map((id) => ({
      name: indexById(briefing.authors ?? []).get(id)?.data.name ?? id,
      url: absoluteUrl(siteUrl, base, entryPath.authors(id)),
    })),
    ...(imageUrl ? { imageUrl } : {}),
  });
}
