// The claim changes made by status updates (not by items), as feeds list them.
import type { FeedStatusChange } from '../feeds/workflow-items.ts';
import type { LedgerClaim } from './claim-ledger.ts';
import { claimStatusLabel } from './labels.ts';

export function statusChanges(ledger: readonly LedgerClaim[]): FeedStatusChange[] {
  return ledger.flatMap((claim) =>
    claim.reports.flatMap((report) =>
      report.update
        ? [
            {
              update: report.update,
              anchor: claim.anchor,
              date: report.date,
              title: `Claim now ${claimStatusLabel(report.status)}: ${claim.text}`,
              note: report.note ?? '',
              topics: [...claim.topics],
              by: claim.by,
            },
          ]
        : [],
    ),
  );
}
