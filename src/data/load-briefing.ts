// The only module besides the loader that reads Astro's content store: it hands pages
// the whole briefing as plain data, once per build, for the helpers in src/site/.
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, devContentErrors } from '../loader/dev-state.ts';
import { claimLedger, type LedgerClaim } from '../site/claim-ledger.ts';
import { dayPages, type DayPage } from '../site/days.ts';
import { dateFormatter, type DateFormatter } from '../site/format-date.ts';
import { pagesInOrder } from '../site/collection-filters.ts';
import { buildTime } from '../pipeline/visibility.ts';
import { newestFirst } from '../site/sort-articles.ts';
import { statusLegendPath } from '../site/trust-pages.ts';
import { href } from './links.ts';
import type { SiteSettings } from '../site/types.ts';

export type ArticleItem = CollectionEntry<'articles'>;
export type ActorItem = CollectionEntry<'actors'>;
export type TopicItem = CollectionEntry<'topics'>;
export type PageItem = CollectionEntry<'pages'>;
export type DayItem = CollectionEntry<'days'>;

export interface Briefing {
  site: SiteSettings;
  /** Newest first. In `astro dev` drafts and scheduled items are included (see data.visibility). */
  articles: ArticleItem[];
  actors: ActorItem[];
  topics: TopicItem[];
  /** Editor-written pages (about, methodology), in footer order. */
  pages: PageItem[];
  /** Topic titles by id, for the kickers above headlines in lists. */
  topicTitles: Map<string, string>;
  /** Day notes (content/days/), by day. */
  dayNotes: DayItem[];
  /** Every day with news, newest first (src/site/days.ts), decided at the build's time. */
  dayPages: DayPage[];
  /** Every claim, most recently reported first. */
  ledger: LedgerClaim[];
  /** The status definitions (methodology page) with the deploy base, linked from every badge; none without that page. */
  legendHref?: string;
  /** Dates in the site's language and time zone. */
  dates: DateFormatter;
}

let cached: Promise<Briefing> | undefined;

async function load(): Promise<Briefing> {
  const [sites, articles, actors, topics, pages, days] = await Promise.all([getCollection('site'), getCollection('articles'), getCollection('actors'), getCollection('topics'), getCollection('pages'), getCollection('days')]);
  const site = sites[0]?.data;
  if (!site) throw new Error('content has no site settings (content/site.yaml)');
  const legend = statusLegendPath(pages);
  const ledger = claimLedger(articles);
  const dayList = dayPages({ articles, ledger, notes: days, timeZone: site.timezone, now: buildTime() });
  return { site, articles: newestFirst(articles), actors, topics, pages: pagesInOrder(pages), topicTitles: new Map(topics.map((t) => [t.id, t.data.title])), dayNotes: days, dayPages: dayList, ledger, dates: dateFormatter(site.language, site.timezone), ...(legend ? { legendHref: href(legend) } : {}) };
}

export function loadBriefing(): Promise<Briefing> {
  // In dev the store changes under us; a build reads it once. Broken content shows as
  // Astro's error overlay on every page, not only in the terminal.
  if (import.meta.env.DEV) {
    const errors = devContentErrors();
    return errors ? Promise.reject(new ContentError(errors)) : load();
  }
  cached ??= load();
  return cached;
}
