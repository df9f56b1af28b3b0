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
}

export function dayJsonLd({ page, site, headline, description, siteUrl, base }: DayJsonLdInput): Record<string, unknown> {
  const homeUrl = absoluteUrl(siteUrl, base, '/');
  const url = absoluteUrl(siteUrl, base, page.path);
  const bounds = dayBounds(page.date, site.timezone);
  const organisation = { '@type': 'Organization', name: site.title, url: homeUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline,
    description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: site.language,
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

/** One line saying what a day holds, for the index, meta descriptions and feeds. */
export function daySummary(page: DayPage): string {
  const count = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
  const parts = [
    ...count(page.items.length, 'item', 'items'),
    ...count(page.claimChanges.length, 'claim status change', 'claim status changes'),
    ...count(page.events.length, 'event', 'events'),
    ...count(page.corrections.length, 'correction', 'corrections'),
  ];
  const lead = page.takeaways[0]?.text ?? page.items[0]?.title;
  return [lead, parts.join(', ')].filter(Boolean).join(' · ') || 'The day in the briefing.';
}
