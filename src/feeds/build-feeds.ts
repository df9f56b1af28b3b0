// From content to feeds: the whole site, one topic, one actor, and the corrections log,
// in any edition (src/feeds/edition-feeds.ts makes a translated edition's input).
// Plain data in, `Feed` out, so vitest covers it without a build. 175 lines: the four
// feeds share assemble() and the item helpers, which a split would have to export.
import { entryPath, FEED_FILES, SITE_PATHS } from '../pipeline/routes.ts';
import { feedMessages, type FeedMessages } from './feed-messages.ts';
import { later, newestFirst } from './dates.ts';
import type { Feed, FeedItem } from './feed-model.ts';
import { itemHtml, type FeedLedger } from './item-ledger.ts';
import { absoluteUrl, type SiteLocation } from './urls.ts';
import { statusChangeItems, withdrawalItems, type FeedStatusChange, type FeedWithdrawal } from './workflow-items.ts';

export interface FeedArticle {
  id: string;
  data: {
    title: string;
    summary: string;
    published: string;
    updated?: string | undefined;
    topics: string[];
    actors: string[];
    corrections?: Array<{ date: string; text: string }> | undefined;
  };
  /** The body as feeds carry it: the renderer's feed HTML (absolute links, no heading anchors). */
  html?: string | undefined;
  /** Key points, claims with their status now, sources, corrections: added around the body. */
  ledger?: FeedLedger | undefined;
  /** Site path of the page this item links to; default `/articles/<id>/`. */
  path?: string | undefined;
  /** The item's language when it is not the feed's (an untranslated item in an edition). */
  language?: string | undefined;
}

export interface FeedInput extends SiteLocation {
  settings: { title: string; description: string; language: string; contact: { name: string; email: string } };
  articles: FeedArticle[];
  /** `path`: the topic's page in this edition, default `/topics/<id>/`. */
  topics: Array<{ id: string; path?: string; data: { title: string; summary: string } }>;
  actors: Array<{ id: string; path?: string; data: { name: string; role: string; affiliation: string } }>;
  /** An edition's path prefix (`/uk`); its feeds live under it. Default: none. */
  prefix?: string;
  /** Language of entries the edition could not translate (withdrawals, status changes). */
  originalLanguage?: string;
  /** Most items per feed, newest kept. Default: 50. */
  limit?: number;
  /** Withdrawn items: each gets an entry saying so (never its body). */
  withdrawn?: FeedWithdrawal[];
  /** Claim status changes made by status updates. */
  statusChanges?: FeedStatusChange[];
}

const DEFAULT_LIMIT = 50;
/** `updated` of a feed with no items at all; a constant, so builds stay reproducible. */
const EMPTY_FEED_DATE = '1970-01-01T00:00:00Z';

/** Site paths of a feed family: `/rss.xml` or `/topics/x/rss.xml` and siblings. */
export function feedPaths(prefix = '/'): Feed['selfUrls'] {
  return { rss: `${prefix}${FEED_FILES.rss}`, atom: `${prefix}${FEED_FILES.atom}`, json: `${prefix}${FEED_FILES.json}` };
}

function selfUrls(input: FeedInput, paths: Feed['selfUrls']): Feed['selfUrls'] {
  return { rss: absoluteUrl(input, paths.rss), atom: absoluteUrl(input, paths.atom), json: absoluteUrl(input, paths.json) };
}

const words = (input: FeedInput): FeedMessages => feedMessages(input.settings.language);

// An item's id is its page's URL in the feed's edition: a Ukrainian and an English
// entry for one story are two entries, as they are two pages.
function articleItem(input: FeedInput, article: FeedArticle, url: string, topicTitles: Map<string, string>): FeedItem {
  const html = itemHtml(article, words(input));
  return {
    id: url,
    url,
    ...(article.language && article.language !== input.settings.language ? { language: article.language } : {}),
    title: article.data.title,
    summary: article.data.summary,
    ...(html === undefined ? {} : { html }),
    published: article.data.published,
    ...(article.data.updated ? { updated: article.data.updated } : {}),
    categories: article.data.topics.map((id) => topicTitles.get(id) ?? id),
  };
}

function newestDate(items: FeedItem[]): string {
  return (
    items.reduce<string | undefined>((newest, item) => {
      const date = item.updated ?? item.published;
      return newest === undefined ? date : later(newest, date);
    }, undefined) ?? EMPTY_FEED_DATE
  );
}

function assemble(input: FeedInput, head: { title: string; description: string; homePath: string; paths: Feed['selfUrls'] }, items: FeedItem[]): Feed {
  const kept = newestFirst(items).slice(0, input.limit ?? DEFAULT_LIMIT);
  return {
    title: head.title,
    description: head.description,
    language: input.settings.language,
    homeUrl: absoluteUrl(input, head.homePath),
    selfUrls: selfUrls(input, head.paths),
    author: { name: input.settings.contact.name, email: input.settings.contact.email },
    updated: newestDate(kept),
    items: kept,
  };
}

function articleItems(input: FeedInput, keep: (article: FeedArticle) => boolean): FeedItem[] {
  const topicTitles = new Map(input.topics.map((topic) => [topic.id, topic.data.title]));
  const candidates = input.articles
    .filter(keep)
    .map((article) => ({ article, id: absoluteUrl(input, article.path ?? entryPath.articles(article.id)), published: article.data.published }));
  // Only the items the feed keeps get their HTML prepared, chosen in the order assemble()
  // sorts by: a topic feed of thousands of items converts fifty bodies, not thousands.
  const kept = newestFirst(candidates).slice(0, input.limit ?? DEFAULT_LIMIT);
  return kept.map(({ article, id }) => articleItem(input, article, id, topicTitles));
}

/** Withdrawals and status changes that belong in a feed narrowed by `topic` / `actor`. */
function workflowItems(input: FeedInput, filter: { topic?: string; actor?: string } = {}): FeedItem[] {
  const topicTitles = new Map(input.topics.map((topic) => [topic.id, topic.data.title]));
  const withdrawn = (input.withdrawn ?? []).filter(
    (w) => (!filter.topic || w.topics.includes(filter.topic)) && (!filter.actor || w.actors.includes(filter.actor)),
  );
  const changes = (input.statusChanges ?? []).filter((c) => (!filter.topic || c.topics.includes(filter.topic)) && (!filter.actor || c.by === filter.actor));
  const context = { site: input.site, base: input.base, words: words(input), prefix: input.prefix };
  const items = [...withdrawalItems(context, withdrawn, topicTitles), ...statusChangeItems(context, changes, topicTitles)];
  const language = input.originalLanguage;
  return language && language !== input.settings.language ? items.map((item) => ({ ...item, language })) : items;
}

const prefixed = (input: FeedInput, path: string) => `${input.prefix ?? ''}${path}`;

/** Every item on the site, with withdrawals and status updates. */
export function siteFeed(input: FeedInput): Feed {
  const { title, description } = input.settings;
  return assemble(input, { title, description, homePath: prefixed(input, '/'), paths: feedPaths(prefixed(input, '/')) }, [
    ...articleItems(input, () => true),
    ...workflowItems(input),
  ]);
}

/** Items tagged with one topic; undefined for an unknown topic id. */
export function topicFeed(input: FeedInput, topicId: string): Feed | undefined {
  const topic = input.topics.find((t) => t.id === topicId);
  if (!topic) return undefined;
  const homePath = topic.path ?? entryPath.topics(topicId);
  return assemble(
    input,
    {
      title: `${topic.data.title} · ${input.settings.title}`,
      description: topic.data.summary,
      homePath,
      paths: feedPaths(prefixed(input, entryPath.topics(topicId))),
    },
    [...articleItems(input, (article) => article.data.topics.includes(topicId)), ...workflowItems(input, { topic: topicId })],
  );
}

/** Items about one actor; undefined for an unknown actor id. */
export function actorFeed(input: FeedInput, actorId: string): Feed | undefined {
  const actor = input.actors.find((a) => a.id === actorId);
  if (!actor) return undefined;
  const homePath = actor.path ?? entryPath.actors(actorId);
  return assemble(
    input,
    {
      title: `${actor.data.name} · ${input.settings.title}`,
      description: words(input).aboutActor(actor.data),
      homePath,
      paths: feedPaths(prefixed(input, entryPath.actors(actorId))),
    },
    [...articleItems(input, (article) => article.data.actors.includes(actorId)), ...workflowItems(input, { actor: actorId })],
  );
}

export const CORRECTIONS_FEED_PATH = SITE_PATHS.correctionsFeed;

/** One item per correction, linking to the corrected article. RSS only. */
export function correctionsFeed(input: FeedInput): Feed {
  const items: FeedItem[] = input.articles.flatMap((article) => {
    const url = absoluteUrl(input, entryPath.articles(article.id));
    return (article.data.corrections ?? []).map((correction, index) => ({
      id: `${url}#correction-${index + 1}`,
      url,
      title: `Correction: ${article.data.title}`,
      summary: correction.text,
      published: correction.date,
      categories: [],
    }));
  });
  const paths = { rss: CORRECTIONS_FEED_PATH, atom: CORRECTIONS_FEED_PATH, json: CORRECTIONS_FEED_PATH };
  return assemble(
    input,
    {
      title: `Corrections · ${input.settings.title}`,
      description: `Every correction made to items on ${input.settings.title}, newest first.`,
      homePath: '/',
      paths,
    },
    items,
  );
}
