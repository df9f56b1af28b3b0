// The one file in src/feeds/ that touches Astro: it turns the briefing into the plain
// FeedInput and wraps a rendered feed in a Response. Endpoints in src/pages/ call it.
import type { APIContext } from 'astro';
import { loadBriefing, type Briefing } from '../data/load-briefing.ts';
import { claimsInArticle } from '../site/claim-ledger.ts';
import { claimStatusLabel } from '../site/labels.ts';
import type { FeedInput } from './build-feeds.ts';
import type { Feed, FeedFormat } from './feed-model.ts';
import { FEED_CONTENT_TYPES, renderFeed } from './render-feed.ts';
import { statusChanges } from '../site/status-changes.ts';

const inputs = new WeakMap<Briefing, FeedInput>();

/** The feeds' view of the briefing, made once per build from the briefing every page shares. */
export async function loadFeedInput(context: Pick<APIContext, 'site'>): Promise<FeedInput> {
  const briefing = await loadBriefing();
  let input = inputs.get(briefing);
  if (!input) {
    input = {
      site: context.site?.href ?? briefing.site.url,
      base: import.meta.env.BASE_URL,
      settings: briefing.site,
      articles: briefing.articles.map((article) => ({ id: article.id, data: article.data, html: article.rendered?.html, ledger: feedLedger(briefing, article) })),
      topics: briefing.topics,
      actors: briefing.actors,
      withdrawn: briefing.withdrawn.flatMap(({ id, data }) => (data.withdrawn ? [{ id, title: data.title, published: data.published, topics: data.topics, actors: data.actors, withdrawn: data.withdrawn }] : [])),
      statusChanges: statusChanges(briefing.ledger),
    };
    inputs.set(briefing, input);
  }
  return input;
}

function feedLedger(briefing: Briefing, article: Briefing['articles'][number]) {
  const names = new Map(briefing.actors.map((a) => [a.id, a.data.name]));
  const claims = claimsInArticle(briefing.ledger, article.id).map((claim) => {
    const here = claim.reports.findLast((r) => r.articleId === article.id)?.status ?? claim.status;
    return { text: claim.text, by: names.get(claim.by) ?? claim.by, status: claimStatusLabel(claim.status), ...(here !== claim.status ? { reportedHere: claimStatusLabel(here) } : {}) };
  });
  const { keyPoints, sources, corrections } = article.data;
  return { keyPoints, claims, sources, corrections };
}

export function feedResponse(feed: Feed | undefined, format: FeedFormat): Response {
  if (!feed) return new Response('Not found', { status: 404 });
  return new Response(renderFeed(feed, format), { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
}

/** getStaticPaths for per-topic and per-actor feeds. */
export async function feedPathsFor(collection: 'topics' | 'actors') {
  const entries = (await loadBriefing())[collection];
  return entries.map((entry) => ({ params: { id: entry.id } }));
}
