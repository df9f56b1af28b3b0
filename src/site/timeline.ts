// The timeline: editors' events, the items themselves and claim status updates, in date
// order (oldest first), optionally narrowed to one topic; timelineByDay groups it for pages.
import { dateValue } from '../pipeline/schema/primitives.ts';
import type { LedgerClaim } from './claim-ledger.ts';
import { claimStatusLabel } from './labels.ts';
import { en, type Messages } from './i18n/messages/en.ts';
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
  /** For a status update: the title's two parts, and the item whose words the claim is in (to mark its language). */
  update?: { prefix: string; text: string; fromArticle?: string };
}

/** Status updates in the ledger, as timeline entries: "Claim now Confirmed: …". */
const fromArticle = (claim: LedgerClaim) => {
  const id = claim.reports.findLast((r) => r.articleId)?.articleId;
  return id ? { fromArticle: id } : {};
};

function updateEntries(ledger: readonly LedgerClaim[], m: Pick<Messages, 'status' | 'timeline'>): TimelineEntry[] {
  return ledger.flatMap((claim) =>
    claim.reports
      .filter((report) => report.update)
      .map((report) => ({
        kind: 'update' as const,
        date: report.date,
        title: m.timeline.claimNow(claimStatusLabel(report.status, m)) + claim.text,
        update: { prefix: m.timeline.claimNow(claimStatusLabel(report.status, m)), text: claim.text, ...fromArticle(claim) },
        topics: [...claim.topics],
        articleId: '',
        articleTitle: m.timeline.updateTitle,
        visibility: 'public' as const,
        path: report.path,
      })),
  );
}

export function timeline(
  articles: readonly ArticleEntry[],
  topic?: string,
  ledger: readonly LedgerClaim[] = [],
  m: Pick<Messages, 'status' | 'timeline'> = en,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const { id, data } of articles) {
    const common = { articleId: id, articleTitle: data.title, visibility: data.visibility };
    entries.push({ kind: 'item', date: data.published, title: data.title, topics: [...data.topics], ...common });
    for (const event of data.events ?? []) {
      entries.push({ kind: 'event', date: event.date, title: event.title, topics: [...(event.topics ?? data.topics)], ...common });
    }
  }
  entries.push(...updateEntries(ledger, m));
  const kindOrder = { event: 0, item: 1, update: 2 } as const;
  return entries
    .filter((entry) => !topic || entry.topics.includes(topic))
    .sort(
      (a, b) =>
        dateValue(a.date) - dateValue(b.date) ||
        kindOrder[a.kind] - kindOrder[b.kind] ||
        a.title.localeCompare(b.title) ||
        a.articleId.localeCompare(b.articleId),
    );
}

export interface TimelineDay {
  /** `2025-08-17`, the calendar day in the site's zone. */
  key: string;
  label: string;
  entries: TimelineEntry[];
}

/**
 * The timeline as readers scan it: newest day first; inside a day what happened (events,
 * status updates) before the items that reported it, each newest first.
 */
export function timelineByDay(entries: readonly TimelineEntry[], dayOf: (iso: string) => { key: string; label: string }): TimelineDay[] {
  const days = new Map<string, TimelineDay>();
  for (const entry of entries) {
    const { key, label } = dayOf(entry.date);
    let day = days.get(key);
    if (!day) days.set(key, (day = { key, label, entries: [] }));
    day.entries.push(entry);
  }
  const kindOrder = { event: 0, update: 1, item: 2 } as const;
  return [...days.values()]
    .sort((a, b) => b.key.localeCompare(a.key))
    .map((day) => ({
      ...day,
      entries: day.entries.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || dateValue(b.date) - dateValue(a.date) || a.title.localeCompare(b.title)),
    }));
}
