// The language a claim's words are in on an edition's page: the words come from the latest
// item that reported it, so they are that item's language (its translation's, or the
// original's when the item is not translated); a claim only updates report is the original's.
import type { LedgerClaim } from '../claim-ledger.ts';
import type { Ui } from './ui.ts';

export function claimLanguage(ui: Pick<Ui, 'entry' | 'foreign'>, claim: Pick<LedgerClaim, 'reports'>): string | undefined {
  const from = claim.reports.findLast((r) => r.articleId)?.articleId;
  return from ? ui.entry('articles', from).lang : ui.foreign;
}
