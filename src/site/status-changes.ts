// The claim changes made by status updates (not by items), as feeds list them; each feed
// words the title in its own language (workflow-items.ts).
import type { FeedStatusChange } from '../feeds/workflow-items.ts';
import type { LedgerClaim } from './claim-ledger.ts';

export function statusChanges(ledger: readonly LedgerClaim[]): FeedStatusChange[] {
  return ledger.flatMap((claim) =>
    claim.reports.flatMap((report) =>
      report.update
        ? [
            {
              update: report.update,
              anchor: claim.anchor,
              date: report.date,
              status: report.status,
              claim: claim.text,
              note: report.note ?? '',
              topics: [...claim.topics],
              by: claim.by,
            },
          ]
        : [],
    ),
  );
}
