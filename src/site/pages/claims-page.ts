// The claim ledger (`/claims/`) and each of its filter pages (`/claims/<facet>/<value>/`):
// counts per status, the filters as plain links, then the claims shown with their history.
import { CLAIM_STATUSES, type ClaimStatus } from '../../pipeline/schema/index.ts';
import type { ActorItem, Briefing } from '../briefing.ts';
import { breadcrumbs, type Crumb } from '../breadcrumbs.ts';
import { claimFilterPath, claimFilters, claimsMatching, countByStatus, type ClaimFacet } from '../claim-filters.ts';
import type { LedgerClaim } from '../claim-ledger.ts';
import { indexById } from '../collection-filters.ts';
import { sections, SITE_PATHS } from '../site-names.ts';
import { editionPath, type PageHead } from './page-head.ts';

const FACETS = ['status', 'actor', 'topic'] as const satisfies ClaimFacet[];

/** The filter a page shows: a facet and one of its values. */
export interface ClaimFilterKey {
  facet: ClaimFacet;
  value: string;
}

export interface StatusCount {
  status: ClaimStatus;
  count: number;
  /** The status's filter page; none when no claim has it. */
  href?: string;
  /** `page` on that status's own filter page. */
  current?: 'page';
}

export interface FilterLink {
  label: string;
  count: number;
  href: string;
  current?: 'page';
}

export interface ClaimsPageModel {
  head: PageHead;
  crumbs: Crumb[];
  heading: string;
  lede: string;
  counts: StatusCount[];
  /** Per facet, its heading and its links (the status facet starts with "All claims"). */
  filters: Array<{ facet: ClaimFacet; heading: string; links: FilterLink[] }>;
  /** The claims shown, most recently reported first. */
  claims: LedgerClaim[];
  actors: Map<string, ActorItem>;
  legendHref?: string;
  /** Pagefind's title for the whole ledger; filter pages stay out of the index (they repeat it). */
  searchMeta?: string;
}

/** Every filter page of an edition: each facet's values that have claims. */
export function claimFilterKeys(briefing: Briefing): ClaimFilterKey[] {
  const filters = claimFilters(briefing.ledger);
  return FACETS.flatMap((facet) => filters[facet].map((f) => ({ facet, value: f.value })));
}

/** A filter value's name: the status's label, the actor's name, the topic's title (the id when unknown). */
function labeller(briefing: Briefing): (facet: ClaimFacet, value: string) => string {
  const { m } = briefing.ui;
  const actors = indexById(briefing.actors);
  return (facet, value) =>
    facet === 'status'
      ? m.status.labels[value as ClaimStatus]
      : facet === 'actor'
        ? (actors.get(value)?.data.name ?? value)
        : (briefing.topicTitles.get(value) ?? value);
}

export function claimsPage(briefing: Briefing, filter?: ClaimFilterKey): ClaimsPageModel {
  const { ledger, ui } = briefing;
  const { m, edition } = ui;
  const label = labeller(briefing);
  const counts = countByStatus(ledger);
  const filters = claimFilters(ledger);
  const shown = filter ? claimsMatching(ledger, filter.facet, filter.value) : ledger;
  const filterLabel = filter ? label(filter.facet, filter.value) : undefined;
  const current = (facet: ClaimFacet, value: string) => (filter?.facet === facet && filter.value === value ? { current: 'page' as const } : {});
  const all: FilterLink = { label: m.claims.all, count: ledger.length, href: ui.link(SITE_PATHS.claims), ...(filter ? {} : { current: 'page' as const }) };
  return {
    head:
      filter && filterLabel !== undefined
        ? {
            title: m.claims.filtered(filterLabel),
            description: m.claims.filterDescription(edition.title, filter.facet, filterLabel),
            path: editionPath(ui, claimFilterPath(filter.facet, filter.value)),
          }
        : { title: m.claims.title, description: m.claims.description(edition.title), path: editionPath(ui, SITE_PATHS.claims) },
    crumbs: filterLabel !== undefined ? breadcrumbs(sections(m).claims, filterLabel, m) : breadcrumbs(undefined, m.claims.title, m),
    heading: filterLabel !== undefined ? m.claims.filtered(filterLabel) : m.claims.title,
    lede: filter ? m.claims.ledeFiltered(shown.length, ledger.length) : m.claims.lede(ledger.length),
    counts: CLAIM_STATUSES.map((status) => ({
      status,
      count: counts[status],
      ...(counts[status] > 0 ? { href: ui.link(claimFilterPath('status', status)), ...current('status', status) } : {}),
    })),
    filters: FACETS.map((facet) => ({
      facet,
      heading: `${m.claims.by} ${m.claims.facets[facet]}`,
      links: [
        ...(facet === 'status' ? [all] : []),
        ...filters[facet].map((f) => ({ label: label(facet, f.value), count: f.count, href: ui.link(f.path), ...current(facet, f.value) })),
      ],
    })),
    claims: shown,
    actors: indexById(briefing.actors),
    ...(briefing.legendHref ? { legendHref: briefing.legendHref } : {}),
    ...(filter ? {} : { searchMeta: `title:${m.claims.searchTitle}` }),
  };
}
