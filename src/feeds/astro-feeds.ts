// The one file in src/feeds/ that touches Astro: it turns the briefing into the plain
// FeedInput, makes the feed routes' paths with their models and keys, and wraps a
// rendered feed in a Response. Endpoints in src/pages/ call it. (About 170 lines: the
// import boundary allows one Astro adapter here, and all of it is Astro-facing glue.)
import type { APIContext } from 'astro';
import { loadBriefing, type Briefing } from '../data/load-briefing.ts';
import { claimAnchor, claimsInArticle } from '../site/claim-ledger.ts';
import { editionOf } from '../site/i18n/editions.ts';
import { localiseArticle, translationIndex } from '../site/translations.ts';
import { actorFeed, siteFeed, topicFeed, type FeedInput } from './build-feeds.ts';
import { editionFeedInput, type EditionFeedTranslation } from './edition-feeds.ts';
import { feedMessages } from './feed-messages.ts';
import type { FeedLedger } from './item-ledger.ts';
import type { ArticleData } from '../site/types.ts';
import type { Feed, FeedFormat } from './feed-model.ts';
import { FEED_CONTENT_TYPES, renderFeed } from './render-feed.ts';
import { statusChanges } from '../site/status-changes.ts';
import { contentKey } from '../site/page-keys.ts';

const inputs = new WeakMap<Briefing, FeedInput>();
const editionInputs = new WeakMap<Briefing, Map<string, FeedInput>>();

/** The body's feed HTML the renderer made beside the page's (src/pipeline/render/render-markdown.ts). */
function feedBody(entry: { rendered?: { metadata?: Record<string, unknown> } | undefined }): string | undefined {
  const html = entry.rendered?.metadata?.feedHtml;
  return typeof html === 'string' ? html : undefined;
}

/**
 * The feeds' view of the briefing, made once per build from the briefing every page
 * shares; with `language`, the view of that translated edition (src/feeds/edition-feeds.ts).
 */
export async function loadFeedInput(context: Pick<APIContext, 'site'>, language?: string): Promise<FeedInput> {
  const briefing = await loadBriefing();
  const original = originalInput(context, briefing);
  if (!language) return original;
  const cache = editionInputs.get(briefing) ?? new Map<string, FeedInput>();
  editionInputs.set(briefing, cache);
  let input = cache.get(language);
  if (!input) {
    const edition = editionOf(briefing.site, language);
    const translations: EditionFeedTranslation[] = briefing.translations
      .filter((t) => t.data.language === language)
      .map((t) => ({ kind: t.data.kind, original: t.data.original, data: t.data as EditionFeedTranslation['data'], html: feedBody(t) }));
    input = editionFeedInput(original, edition, translations, editionLedgers(briefing, language));
    cache.set(language, input);
  }
  return input;
}

function originalInput(context: Pick<APIContext, 'site'>, briefing: Briefing): FeedInput {
  let input = inputs.get(briefing);
  if (!input) {
    input = {
      site: context.site?.href ?? briefing.site.url,
      base: import.meta.env.BASE_URL,
      settings: briefing.site,
      articles: briefing.articles.map((article) => ({
        id: article.id,
        data: article.data,
        html: feedBody(article),
        ledger: feedLedger(briefing, article),
      })),
      topics: briefing.topics,
      actors: briefing.actors,
      withdrawn: briefing.withdrawn.flatMap(({ id, data }) =>
        data.withdrawn ? [{ id, title: data.title, published: data.published, topics: data.topics, actors: data.actors, withdrawn: data.withdrawn }] : [],
      ),
      statusChanges: statusChanges(briefing.ledger),
    };
    inputs.set(briefing, input);
  }
  return input;
}

type Article = Briefing['articles'][number];

/** The item's ledger in `language`: actor names and status words from it, claim texts from `local` (by anchor). */
function feedLedger(
  briefing: Briefing,
  article: Article,
  language = briefing.site.language,
  local: { data: ArticleData; names?: Map<string, string> } = { data: article.data },
): FeedLedger {
  const names = local.names ?? new Map(briefing.actors.map((a) => [a.id, a.data.name]));
  const words = feedMessages(language).status;
  const texts = new Map((local.data.claims ?? []).map((claim, i) => [claimAnchor(article.id, i, claim.id), claim.text]));
  const claims = claimsInArticle(briefing.ledger, article.id).map((claim) => {
    const here = claim.reports.findLast((r) => r.articleId === article.id)?.status ?? claim.status;
    const text = local.data === article.data ? claim.text : (texts.get(claim.anchor) ?? claim.text);
    return { text, by: names.get(claim.by) ?? claim.by, status: words[claim.status], ...(here !== claim.status ? { reportedHere: words[here] } : {}) };
  });
  const { keyPoints, sources, corrections } = local.data;
  return { keyPoints, claims, sources, corrections };
}

/** Ledgers of the translated items of one edition, by article id. */
function editionLedgers(briefing: Briefing, language: string): Map<string, FeedLedger> {
  const index = translationIndex(briefing.translations, language);
  const names = new Map(briefing.actors.map((a) => [a.id, (index.get(`actors/${a.id}`)?.data.name as string | undefined) ?? a.data.name]));
  const ledgers = new Map<string, FeedLedger>();
  for (const article of briefing.articles) {
    const t = index.get(`articles/${article.id}`);
    if (t)
      ledgers.set(
        article.id,
        feedLedger(briefing, article, language, { data: localiseArticle(article.data, t.data as Parameters<typeof localiseArticle>[1]).data, names }),
      );
  }
  return ledgers;
}

export function feedResponse(feed: Feed | undefined, format: FeedFormat): Response {
  if (!feed) return new Response('Not found', { status: 404 });
  // Bytes, not a string: a string body is rescanned by undici to make it well-formed
  // (0.3 s of a cold build at n=1000); Buffer.from writes the same UTF-8, U+FFFD included.
  return new Response(Buffer.from(renderFeed(feed, format), 'utf8'), { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
}

/** The editions' path segments: the original (undefined) first, then each language site.yaml lists. */
async function editionSegments(): Promise<Array<string | undefined>> {
  return [undefined, ...(await loadBriefing()).site.languages.map((l) => l.code)];
}

// getStaticPaths has no request context: the site's address is the one astro.config set.
const buildContext = (): Pick<APIContext, 'site'> => ({ site: import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined });

// The rss, atom and json routes of one feed share its model and its key: made once per
// feed input (one per briefing, so `astro dev` makes them afresh when content changes).
// The key hashes the feed's whole model, item HTML included (0.7 s at n=1000 when each
// of the three routes hashed it again).
const models = new WeakMap<FeedInput, Map<string, { feed: Feed | undefined; cacheKey: string }>>();

function feedOnce(input: FeedInput, key: string, make: () => Feed | undefined): { feed: Feed | undefined; cacheKey: string } {
  let made = models.get(input);
  if (!made) models.set(input, (made = new Map()));
  let known = made.get(key);
  if (!known) {
    const feed = make();
    known = { feed, cacheKey: contentKey(feed ?? null) };
    made.set(key, known);
  }
  return known;
}

/**
 * getStaticPaths of a site feed route in `src/pages/[...edition]/`: one per edition, the
 * feed's model as the prop. A feed is a pure function of its model, so the model's digest
 * is its incremental-build key: a feed is written again only when what it carries changed.
 */
export async function editionFeedPaths() {
  const paths = [];
  for (const edition of await editionSegments()) {
    const input = await loadFeedInput(buildContext(), edition);
    const { feed, cacheKey } = feedOnce(input, 'site', () => siteFeed(input));
    paths.push({ params: { edition }, props: { feed }, cacheKey });
  }
  return paths;
}

/** getStaticPaths of a topic's or an actor's feed routes: every edition, every entry. */
export async function editionFeedPathsFor(collection: 'topics' | 'actors') {
  const briefing = await loadBriefing();
  const make = collection === 'topics' ? topicFeed : actorFeed;
  const paths = [];
  for (const edition of await editionSegments()) {
    const input = await loadFeedInput(buildContext(), edition);
    for (const entry of briefing[collection]) {
      const { feed, cacheKey } = feedOnce(input, `${collection}:${entry.id}`, () => make(input, entry.id));
      paths.push({ params: { edition, id: entry.id }, props: { feed }, cacheKey });
    }
  }
  return paths;
}

/** The GET of a feed route: the model getStaticPaths made, in one format. */
export function feedRoute(format: FeedFormat) {
  return ({ props }: { props: Record<string, unknown> }): Response => feedResponse(props.feed as Feed | undefined, format);
}
