// The only module besides the loader that reads Astro's content store: it hands pages
// the whole briefing as plain data, once per build, for the helpers in src/site/.
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPreviewBuild } from '../pipeline/visibility.ts';
import { claimLedger, type LedgerClaim } from '../site/claim-ledger.ts';
import { dateFormatter, type DateFormatter } from '../site/format-date.ts';
import { newestFirst } from '../site/sort-articles.ts';
import type { SiteSettings } from '../site/types.ts';

export type ArticleItem = CollectionEntry<'articles'>;
export type ActorItem = CollectionEntry<'actors'>;
export type TopicItem = CollectionEntry<'topics'>;
export type AuthorItem = CollectionEntry<'authors'>;
export type UpdateItem = CollectionEntry<'updates'>;

export interface Briefing {
  site: SiteSettings;
  /** Newest first, withdrawn items left out. In previews drafts and scheduled items are included (see data.visibility). */
  articles: ArticleItem[];
  /** Withdrawn items: their URLs keep a notice page; no list shows them. Newest first. */
  withdrawn: ArticleItem[];
  actors: ActorItem[];
  topics: TopicItem[];
  /** The desk's people (content/authors/). */
  authors: AuthorItem[];
  /** Claim status updates (content/updates/), oldest first. */
  updates: UpdateItem[];
  /** Every claim, most recently reported first; updates and withdrawn items' reports included. */
  ledger: LedgerClaim[];
  /** Dates in the site's language and time zone. */
  dates: DateFormatter;
  /** A preview build (drafts shown, banner and noindex on every page). */
  preview: boolean;
}

let cached: Promise<Briefing> | undefined;

async function load(): Promise<Briefing> {
  const [sites, all, actors, topics, authors, updates] = await Promise.all([getCollection('site'), getCollection('articles'), getCollection('actors'), getCollection('topics'), getCollection('authors'), getCollection('updates')]);
  const site = sites[0]?.data;
  if (!site) throw new Error('content has no site settings (content/site.yaml)');
  const articles = all.filter((a) => a.data.visibility !== 'withdrawn');
  const withdrawn = all.filter((a) => a.data.visibility === 'withdrawn');
  const orderedUpdates = [...updates].sort((a, b) => a.id.localeCompare(b.id));
  return {
    site,
    articles: newestFirst(articles),
    withdrawn: newestFirst(withdrawn),
    actors,
    topics,
    authors: [...authors].sort((a, b) => a.data.name.localeCompare(b.data.name) || a.id.localeCompare(b.id)),
    updates: orderedUpdates,
    ledger: claimLedger(all, orderedUpdates),
    dates: dateFormatter(site.language, site.timezone),
    preview: import.meta.env.DEV || isPreviewBuild(),
  };
}

export function loadBriefing(): Promise<Briefing> {
  // In dev the store changes under us; a build reads it once.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
