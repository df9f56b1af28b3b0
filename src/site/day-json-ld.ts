// Structured data for a day page. A LiveBlogPosting, not a NewsArticle: the page is a
// bounded stream of timestamped updates (coverageStartTime..coverageEndTime = the day in
// the site's zone), each item one `liveBlogUpdate` with its own headline, time and URL,
// which a NewsArticle cannot express; the day's takeaways are its description.
import { entryPath } from '../pipeline/routes.ts';
import { dayBounds } from './day-key.ts';
import type { DayPage } from './days.ts';
import { absoluteUrl } from './page-meta.ts';
import type { SiteSettings } from './types.ts';

export interface DayJsonLdInput {
  page: DayPage;
  site: SiteSettings;
  /** The page's title, e.g. "What we know on 18 August 2025". */
  headline: string;
  description: string;
  siteUrl: string | URL;
  base: string;
  /** The edition the page is in (`/uk`, `uk`); the original when absent. */
  edition?: { language: string; prefix: string };
}

export function dayJsonLd({ page, site, headline, description, siteUrl, base, edition }: DayJsonLdInput): Record<string, unknown> {
  const prefix = edition?.prefix ?? '';
  const homeUrl = absoluteUrl(siteUrl, base, `${prefix}/`);
  const url = absoluteUrl(siteUrl, base, `${prefix}${page.path}`);
  const bounds = dayBounds(page.date, site.timezone);
  const organisation = { '@type': 'Organization', name: site.title, url: homeUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline,
    description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: edition?.language ?? site.language,
    datePublished: page.firstDate,
    dateModified: page.lastDate,
    coverageStartTime: bounds.start,
    coverageEndTime: bounds.end,
    author: { '@type': 'Organization', name: site.contact.name, url: homeUrl },
    publisher: organisation,
    isAccessibleForFree: true,
    liveBlogUpdate: page.items.map((item) => ({
      '@type': 'BlogPosting',
      headline: item.title,
      description: item.summary,
      datePublished: item.published,
      url: absoluteUrl(siteUrl, base, entryPath.articles(item.id)),
    })),
  };
}
