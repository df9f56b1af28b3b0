// "What changed": status changes of tracked claims, newest first, for the home page.
import type { ClaimStatus } from '../pipeline/schema/index.ts';
import { dateValue } from '../pipeline/schema/primitives.ts';
import type { LedgerClaim } from './claim-ledger.ts';

export interface ClaimChange {
  claim: LedgerClaim;
  from: ClaimStatus;
  to: ClaimStatus;
  /** Date of the report that changed the status. */
  date: string;
  articleId: string;
  /** Where the change can be read (an item, or the ledger for a status update), and its title. */
  path: string;
  title: string;
}

/** Each claim's latest status change (if it ever changed), newest first, at most `limit`. */
export function recentClaimChanges(ledger: readonly LedgerClaim[], limit = 5): ClaimChange[] {
  const changes: ClaimChange[] = [];
  for (const claim of ledger) {
    for (let i = claim.reports.length - 1; i > 0; i--) {
      const before = claim.reports[i - 1]!;
      const after = claim.reports[i]!;
      if (before.status !== after.status) {
        changes.push({
          claim,
          from: before.status,
          to: after.status,
          date: after.date,
          articleId: after.articleId,
          path: after.path,
          title: after.articleTitle,
        });
        break;
      }
    }
  }
  return changes.sort((a, b) => dateValue(b.date) - dateValue(a.date) || a.claim.anchor.localeCompare(b.claim.anchor)).slice(0, limit);
}
