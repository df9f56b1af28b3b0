// The timeline: editors' events and the items themselves, in date order (oldest first),
// and claim status updates, optionally narrowed to one topic.
import { dateValue } from '../pipeline/schema/primitives.ts';
import type { LedgerClaim } from './claim-ledger.ts';
import { claimStatusLabel } from './labels.ts';
import type { ArticleData, ArticleEntry } from './types.ts';

export interface TimelineEntry {
  kind: 'event' | 'item' | 'update';
  date: string;
  title: string;
  topics: string[];
  /** The item that reports the event, or the item itself. */
  articleId: string;
  articleTitle: string;
  visibility: ArticleData['visibility'];
  /** For a status update: where the claim's history is (the ledger anchor), without base. */
  path?: string;
}

/** Status updates in the ledger, as timeline entries: "Claim now Confirmed: …". */
function updateEntries(ledger: readonly LedgerClaim[]): TimelineEntry[] {
  return ledger.flatMap((claim) =>
    claim.reports
      .filter((report) => report.update)
      .map((report) => ({ kind: 'update' as const, date: report.date, title: `Claim now ${claimStatusLabel(report.status)}: ${claim.text}`, topics: [...claim.topics], articleId: '', articleTitle: 'Status update', visibility: 'public' as const, path: report.path })),
  );
}

export function timeline(articles: readonly ArticleEntry[], topic?: string, ledger: readonly LedgerClaim[] = []): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const { id, data } of articles) {
    const common = { articleId: id, articleTitle: data.title, visibility: data.visibility };
    entries.push({ kind: 'item', date: data.published, title: data.title, topics: [...data.topics], ...common });
    for (const event of data.events ?? []) {
      entries.push({ kind: 'event', date: event.date, title: event.title, topics: [...(event.topics ?? data.topics)], ...common });
    }
  }
  entries.push(...updateEntries(ledger));
  const kindOrder = { event: 0, item: 1, update: 2 } as const;
  return entries
    .filter((entry) => !topic || entry.topics.includes(topic))
    .sort((a, b) => dateValue(a.date) - dateValue(b.date) || kindOrder[a.kind] - kindOrder[b.kind] || a.title.localeCompare(b.title) || a.articleId.localeCompare(b.articleId));
}
