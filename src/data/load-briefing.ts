// The only module besides the loader that reads Astro's content store: it hands pages
// the whole briefing as plain data, once per build, for the helpers in src/site/.
import { getCollection, type CollectionEntry } from 'astro:content';
import { claimLedger, type LedgerClaim } from '../site/claim-ledger.ts';
import { dateFormatter, type DateFormatter } from '../site/format-date.ts';
import { newestFirst } from '../site/sort-articles.ts';
import { snapshotsNewestFirst } from '../site/territory-map.ts';
import type { SiteSettings } from '../site/types.ts';

export type ArticleItem = CollectionEntry<'articles'>;
export type ActorItem = CollectionEntry<'actors'>;
export type TopicItem = CollectionEntry<'topics'>;
export type TerritoryItem = CollectionEntry<'territory'>;

export interface Briefing {
  site: SiteSettings;
  /** Newest first. In `astro dev` drafts and scheduled items are included (see data.visibility). */
  articles: ArticleItem[];
  actors: ActorItem[];
  topics: TopicItem[];
  /** Territory snapshots, newest first. */
  territory: TerritoryItem[];
  /** Every claim, most recently reported first. */
  ledger: LedgerClaim[];
  /** Dates in the site's language and time zone. */
  dates: DateFormatter;
}

let cached: Promise<Briefing> | undefined;

async function load(): Promise<Briefing> {
  const [sites, articles, actors, topics, territory] = await Promise.all([getCollection('site'), getCollection('articles'), getCollection('actors'), getCollection('topics'), getCollection('territory')]);
  const site = sites[0]?.data;
  if (!site) throw new Error('content has no site settings (content/site.yaml)');
  return { site, articles: newestFirst(articles), actors, topics, territory: snapshotsNewestFirst(territory), ledger: claimLedger(articles), dates: dateFormatter(site.language, site.timezone) };
}

export function loadBriefing(): Promise<Briefing> {
  // In dev the store changes under us; a build reads it once.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
