// The actor page (/actors/<id>/): profile, links, their feeds, the claims they made and
// the items that mention them.
import { entryPath } from '../../pipeline/routes.ts';
import type { ActorItem, ArticleItem, Briefing } from '../briefing.ts';
import { breadcrumbs, sections, type Crumb } from '../breadcrumbs.ts';
import type { LedgerClaim } from '../claim-ledger.ts';
import { indexById, itemsMentioning } from '../collection-filters.ts';
import { entryFeeds } from '../entry-feeds.ts';
import { externalHref } from '../page-meta.ts';
import type { ActorEntry } from '../types.ts';
import { claimsBy } from '../who-is-who.ts';
import { followLinks, type ExternalLink, type FollowLinks, type PageContext } from './page-parts.ts';
import { editionPath, type PageHead } from './page-head.ts';

export interface ActorPageModel extends PageContext {
  head: PageHead & { feeds: NonNullable<PageHead['feeds']> };
  crumbs: Crumb[];
  searchTitle: string;
  name: string;
  role: string;
  affiliation: string;
  follow: FollowLinks;
  bodyHtml: string;
  /** Their official pages and profiles (labels in the original's language). */
  links: ExternalLink[];
  claimsHeading: string;
  /** The claims they made, most recently reported first. */
  claims: LedgerClaim[];
  /** Claimants by id, as ClaimList (shared with the ledger pages) takes them. */
  claimActors: Map<string, ActorEntry>;
  legendHref: string | undefined;
  itemsHeading: string;
  /** Items that name them, newest first. */
  items: ArticleItem[];
  topicTitles: ReadonlyMap<string, string>;
}

export function actorPage(briefing: Briefing, actor: ActorItem): ActorPageModel {
  const { ui, dates } = briefing;
  const { m } = ui;
  const { data } = actor;
  const own = entryPath.actors(actor.id);
  const path = editionPath(ui, own);
  return {
    head: { title: data.name, description: m.actor.description(data.name, data.role), path, feeds: entryFeeds(path, data.name) },
    crumbs: breadcrumbs(sections(m).actors, data.name, m),
    searchTitle: m.actor.searchTitle(data.name),
    name: data.name,
    role: data.role,
    affiliation: data.affiliation,
    follow: followLinks(ui.link, own, m.actor.follow(data.name)),
    bodyHtml: actor.rendered?.html ?? '',
    links: (data.links ?? []).map((link) => ({ label: link.label, href: externalHref(link.url) })),
    claimsHeading: m.actor.claimsBy(data.name),
    claims: claimsBy(briefing.ledger, actor.id),
    claimActors: indexById(briefing.actors),
    legendHref: briefing.legendHref,
    itemsHeading: m.actor.itemsMentioning(data.name),
    items: itemsMentioning(briefing.articles, actor.id),
    topicTitles: briefing.topicTitles,
    ui,
    dates,
  };
}
