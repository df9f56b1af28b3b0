// The item page (/articles/<id>/): everything it renders, computed from the briefing. A
// withdrawn item's URL keeps a notice instead. Pictures (astro:assets) and JSON-LD (Astro.site)
// are added by the route and the view; this model says which picture and which file.
import { entryPath } from '../../pipeline/routes.ts';
import { byline, type Byline } from '../authors.ts';
import type { ArticleItem, Briefing } from '../briefing.ts';
import { breadcrumbs, sections, type Crumb } from '../breadcrumbs.ts';
import { SITE_PATHS } from '../site-names.ts';
import { claimsInArticle, type LedgerClaim } from '../claim-ledger.ts';
import { claimMovesSince, type ClaimMove } from '../claim-moves.ts';
import { indexById } from '../collection-filters.ts';
import { readingTime } from '../labels.ts';
import { externalHref } from '../page-meta.ts';
import { prevNext } from '../prev-next.ts';
import { relatedArticles } from '../related-articles.ts';
import { territoryMapView, type TerritoryMapView } from '../territory-map.ts';
import type { Staleness } from '../translations.ts';
import type { ActorEntry, ArticleData, ArticleEntry } from '../types.ts';
import { withdrawalNotice, type WithdrawalNotice } from '../withdrawal.ts';
import { cardImage } from '../../social/card-paths.ts';
import { cardHref, type PageContext, type TitledLink } from './page-parts.ts';
import { editionPath, type PageHead } from './page-head.ts';

export interface ArticleSource {
  name: string;
  href: string;
  /** The document's title, else the source's host. */
  label: string;
  published?: string;
  accessed?: string;
}

export interface ItemPageModel extends PageContext {
  kind: 'item';
  head: PageHead & { type: 'article' };
  /** The drawn social card: the og:image unless the item has its own picture. */
  card: ReturnType<typeof cardImage>;
  id: string;
  crumbs: Crumb[];
  visibility: ArticleData['visibility'];
  /** Set on a translation whose original changed since; `originalPath` is where that original lives. */
  stale?: Staleness;
  originalPath: string;
  searchTitle: string;
  /** The first topic's title, above the headline. */
  kicker: string;
  title: string;
  summary: string;
  byline: Byline | undefined;
  published: string;
  updated?: string;
  readingTime: string;
  topics: TitledLink[];
  actors: TitledLink[];
  /** Claims this item reported that have moved since. */
  moves: ClaimMove[];
  /** The lead picture, for astro:assets (its `src` is relative to `file`). */
  image?: NonNullable<ArticleData['image']>;
  /** The item's source file: body and lead pictures resolve against it. */
  file: string;
  keyPoints?: string[];
  /** The rendered body, before its pictures are resolved. */
  bodyHtml: string;
  map?: TerritoryMapView;
  claims: LedgerClaim[];
  /** Claimants by id, as ClaimList (shared with the ledger pages) takes them. */
  claimActors: Map<string, ActorEntry>;
  legendHref: string | undefined;
  sources: ArticleSource[];
  corrections: NonNullable<ArticleData['corrections']>;
  /** Up to three items on the same topics and actors, with their kicker's titles. */
  related: ArticleItem[];
  topicTitles: ReadonlyMap<string, string>;
  previous?: TitledLink;
  next?: TitledLink;
}

export interface WithdrawnPageModel extends PageContext {
  kind: 'withdrawn';
  head: PageHead & { noindex: true };
  crumbs: Crumb[];
  notice: WithdrawalNotice;
  /** The ledger, where the item's claims stay (linked when it reported any). */
  ledgerHref: string;
}

export type ArticlePageModel = ItemPageModel | WithdrawnPageModel;

export function articlePage(briefing: Briefing, article: ArticleItem): ArticlePageModel {
  const { ui, dates } = briefing;
  const { m } = ui;
  const path = editionPath(ui, entryPath.articles(article.id));
  const notice = withdrawalNotice(article);
  if (notice) {
    const head = { title: m.withdrawn.title(notice.title), description: notice.reason, path, noindex: true as const };
    return { kind: 'withdrawn', head, crumbs: breadcrumbs(sections(m).articles, notice.title, m), notice, ledgerHref: ui.link(SITE_PATHS.claims), ui, dates };
  }
  const { data } = article;
  const topics = indexById(briefing.topics);
  const actors = indexById(briefing.actors);
  const claims = claimsInArticle(briefing.ledger, article.id);
  const { previous, next } = prevNext(briefing.articles, article.id);
  const stale = briefing.translated.get(`articles/${article.id}`)?.stale;
  const snapshot = data.map ? briefing.territory.find((s) => s.id === data.map) : undefined;
  const neighbour = (entry: ArticleEntry): TitledLink => ({ ...ui.entry('articles', entry.id), title: entry.data.title });
  return {
    kind: 'item',
    head: { title: data.title, description: data.summary, path, type: 'article' },
    card: cardImage('articles', article.id, data.title, (p) => cardHref(ui, p)),
    id: article.id,
    crumbs: breadcrumbs(sections(m).articles, data.title, m),
    visibility: data.visibility,
    ...(stale ? { stale } : {}),
    originalPath: entryPath.articles(article.id),
    searchTitle: m.article.searchTitle(data.title),
    kicker: topics.get(data.topics[0]!)?.data.title ?? data.topics[0]!,
    title: data.title,
    summary: data.summary,
    byline: byline(article, briefing.authors),
    published: data.published,
    ...(data.updated ? { updated: data.updated } : {}),
    readingTime: readingTime(data.readingMinutes, m),
    topics: data.topics.map((id) => ({ ...ui.entry('topics', id), title: topics.get(id)?.data.title ?? id })),
    actors: data.actors.map((id) => ({ ...ui.entry('actors', id), title: actors.get(id)?.data.name ?? id })),
    moves: claimMovesSince(claims, article.id),
    ...(data.image ? { image: data.image } : {}),
    file: data.file,
    ...(data.keyPoints ? { keyPoints: data.keyPoints } : {}),
    bodyHtml: article.rendered?.html ?? '',
    ...(snapshot ? { map: territoryMapView(snapshot, briefing.actors, m) } : {}),
    claims,
    claimActors: actors,
    legendHref: briefing.legendHref,
    sources: data.sources.map((source) => ({
      name: source.name,
      href: externalHref(source.url),
      label: source.title ?? new URL(source.url).host.replace(/^www\./, ''),
      ...(source.published ? { published: source.published } : {}),
      ...(source.accessed ? { accessed: source.accessed } : {}),
    })),
    corrections: data.corrections ?? [],
    related: relatedArticles(article, briefing.articles),
    topicTitles: briefing.topicTitles,
    ...(previous ? { previous: neighbour(previous) } : {}),
    ...(next ? { next: neighbour(next) } : {}),
    ui,
    dates,
  };
}
