// The ledger's filters without JavaScript: every filter is a static page of its own
// (/claims/status/unconfirmed/, /claims/actor/witkoff/, /claims/topic/territory/), so it
// works in any browser, can be shared and bookmarked, and is a plain link to follow.
import { CLAIM_STATUSES, type ClaimStatus } from '../pipeline/schema/index.ts';
import type { LedgerClaim } from './claim-ledger.ts';

export type ClaimFacet = 'status' | 'actor' | 'topic';

export interface ClaimFilter {
  facet: ClaimFacet;
  value: string;
  /** Site path of the filter's page. */
  path: string;
  count: number;
}

export function claimFilterPath(facet: ClaimFacet, value: string): string {
  return `/claims/${facet}/${value}/`;
}

export function countByStatus(ledger: readonly LedgerClaim[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const claim of ledger) counts[claim.status]++;
  return counts;
}

export function claimsMatching(ledger: readonly LedgerClaim[], facet: ClaimFacet, value: string): LedgerClaim[] {
  if (facet === 'status') return ledger.filter((claim) => claim.status === value);
  if (facet === 'actor') return ledger.filter((claim) => claim.by === value);
  return ledger.filter((claim) => claim.topics.includes(value));
}

/** Every filter with at least one claim, per facet in a stable order (status order, then ids). */
export function claimFilters(ledger: readonly LedgerClaim[]): Record<ClaimFacet, ClaimFilter[]> {
  const make = (facet: ClaimFacet, values: string[]) =>
    values
      .map((value) => ({ facet, value, path: claimFilterPath(facet, value), count: claimsMatching(ledger, facet, value).length }))
      .filter((f) => f.count > 0);
  const actors = [...new Set(ledger.map((c) => c.by))].sort();
  const topics = [...new Set(ledger.flatMap((c) => c.topics))].sort();
  return { status: make('status', [...CLAIM_STATUSES]), actor: make('actor', actors), topic: make('topic', topics) };
}
