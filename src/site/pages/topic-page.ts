// The topic page (/topics/<id>/): where it stands, its feeds, the territory map on the
// territory topic, the who's-who on the actors topic, claims, timeline and items.
import { entryPath } from '../../pipeline/routes.ts';
import { cardImage } from '../../social/card-paths.ts';
import type { ActorItem, ArticleItem, Briefing, TopicItem } from '../briefing.ts';
import { breadcrumbs, sections, type Crumb } from '../breadcrumbs.ts';
import type { LedgerClaim } from '../claim-ledger.ts';
import { claimsInTopic, indexById, itemsInTopic, WHO_IS_WHO_TOPIC } from '../collection-filters.ts';
import type { DayPage } from '../days.ts';
import { entryFeeds } from '../entry-feeds.ts';
import { TERRITORY_TOPIC, territoryMapView, type TerritoryMapView } from '../territory-map.ts';
import { timeline, type TimelineEntry } from '../timeline.ts';
import type { ActorEntry } from '../types.ts';
import { whoIsWho, type WhoIsWhoEntry } from '../who-is-who.ts';
import { cardHref, followLinks, type FollowLinks, type PageContext } from './page-parts.ts';
import { editionPath, type PageHead } from './page-head.ts';

export interface JumpLink {
  /** The id of the section's heading. */
  id: string;
  label: string;
}

export interface EarlierSnapshot {
  asOf: string;
  title: string;
  summary: string;
}

export interface TopicPageModel extends PageContext {
  head: PageHead & { feeds: NonNullable<PageHead['feeds']> };
  card: ReturnType<typeof cardImage>;
  crumbs: Crumb[];
  searchTitle: string;
  title: string;
  summary: string;
  follow: FollowLinks;
  /** The newest day page, pointed to under the lede. */
  latestDay: DayPage | undefined;
  /** The territory topic's lead: the latest snapshot's map; earlier snapshots listed under it. */
  map?: TerritoryMapView;
  earlier: EarlierSnapshot[];
  status: string;
  asOf?: string;
  openQuestions: string[];
  /** "On this page": only the sections the page has. */
  jumps: JumpLink[];
  /** Every actor with their latest claims, on the actors topic only. */
  whoIsWho?: WhoIsWhoEntry<ActorItem>[];
  bodyHtml: string;
  claims: LedgerClaim[];
  /** Claimants by id, as ClaimList (shared with the ledger pages) takes them. */
  claimActors: Map<string, ActorEntry>;
  legendHref: string | undefined;
  events: TimelineEntry[];
  /** Newest first. */
  items: ArticleItem[];
}

export function topicPage(briefing: Briefing, topic: TopicItem): TopicPageModel {
  const { ui, dates } = briefing;
  const { m } = ui;
  const { data } = topic;
  const own = entryPath.topics(topic.id);
  const path = editionPath(ui, own);
  const claims = claimsInTopic(briefing.ledger, topic.id);
  const events = timeline(briefing.articles, topic.id, briefing.ledger, m);
  const withWhoIsWho = topic.id === WHO_IS_WHO_TOPIC;
  const [latest, ...earlier] = topic.id === TERRITORY_TOPIC ? briefing.territory : [];
  return {
    head: { title: data.title, description: data.summary, path, feeds: entryFeeds(path, data.title) },
    card: cardImage('topics', topic.id, data.title, (p) => cardHref(ui, p)),
    crumbs: breadcrumbs(sections(m).topics, data.title, m),
    searchTitle: m.topic.searchTitle(data.title),
    title: data.title,
    summary: data.summary,
    follow: followLinks(ui.link, own, m.actor.follow(data.title)),
    latestDay: briefing.dayPages[0],
    ...(latest ? { map: territoryMapView(latest, briefing.actors, m) } : {}),
    earlier: earlier.map((s) => ({ asOf: s.data.asOf, title: s.data.title, summary: s.data.summary })),
    status: data.status,
    ...(data.asOf ? { asOf: data.asOf } : {}),
    openQuestions: data.openQuestions,
    jumps: [
      ...(withWhoIsWho ? [{ id: 'whos-who', label: m.topic.whosWho }] : []),
      ...(claims.length > 0 ? [{ id: 'claims', label: m.topic.claims }] : []),
      ...(events.length > 0 ? [{ id: 'timeline', label: m.topic.timeline }] : []),
      { id: 'items', label: m.topic.items },
    ],
    ...(withWhoIsWho ? { whoIsWho: whoIsWho(briefing.actors, briefing.ledger, ui.language) } : {}),
    bodyHtml: topic.rendered?.html ?? '',
    claims,
    claimActors: indexById(briefing.actors),
    legendHref: briefing.legendHref,
    events,
    items: itemsInTopic(briefing.articles, topic.id),
    ui,
    dates,
  };
}
