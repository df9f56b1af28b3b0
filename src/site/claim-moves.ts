// "Update, 20 Aug: this claim is now listed as UNCONFIRMED": an item stays as published,
// but a reader who lands on it from a search or an old link must learn at its top that a
// claim it reports has moved since, and where the follow-up is.
import type { ClaimStatus } from '../pipeline/schema/index.ts';
import type { LedgerClaim } from './claim-ledger.ts';

export interface ClaimMove {
  claim: LedgerClaim;
  /** Status as this item reported it. */
  was: ClaimStatus;
  /** The claim's latest status. */
  now: ClaimStatus;
  /** Date and item of the report that set the latest status. */
  date: string;
  articleId: string;
  articleTitle: string;
}

/** Claims this item reports whose latest status differs from the one it gave. */
export function claimMovesSince(claims: readonly LedgerClaim[], articleId: string): ClaimMove[] {
  const moves: ClaimMove[] = [];
  for (const claim of claims) {
    const here = claim.reports.findLast((report) => report.articleId === articleId);
    if (!here || here.status === claim.status) continue;
    // The report that first gave the latest status, after this item's.
    let setter = claim.reports[claim.reports.length - 1]!;
    for (let i = claim.reports.length - 1; i > 0 && claim.reports[i - 1]!.status === claim.status; i--) setter = claim.reports[i - 1]!;
    moves.push({ claim, was: here.status, now: claim.status, date: setter.date, articleId: setter.articleId, articleTitle: setter.articleTitle });
  }
  return moves;
}
