// What every page model hands the layout: the page's title, description and site path
// (edition prefix included, deploy base not), the feeds it adds, whether search engines skip it.
import type { FeedLink } from '../entry-feeds.ts';
import type { Ui } from '../i18n/ui.ts';
import { FEED_TYPES, SITE_PATHS } from '../site-names.ts';

export interface PageHead {
  title: string;
  description: string;
  /** Site path without base, for the canonical URL and the current nav item. */
  path: string;
  /** `article` for an item's and a day's page (Open Graph type); a website otherwise. */
  type?: 'website' | 'article';
  /** Feeds of this page besides the site's (hrefs as site paths without base). */
  feeds?: FeedLink[];
  /** Kept out of search engines (search, 404). */
  noindex?: boolean;
}

/** A site-wide page's path in the edition: `/claims/` → `/uk/claims/`. */
export function editionPath(ui: Pick<Ui, 'edition'>, path: string): string {
  return `${ui.edition.prefix}${path}`;
}

/** The digest feed's autodiscovery link (the day pages and their index). */
export function digestFeed(ui: Pick<Ui, 'm' | 'edition'>): FeedLink {
  return { title: ui.m.feeds.digest(ui.edition.title), href: SITE_PATHS.digestFeed, type: FEED_TYPES.rss };
}
