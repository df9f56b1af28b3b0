// Claims across items. A claim with an `id` is one claim reported again and again: its
// history is every report, oldest first, and its status is the latest report's. A claim
// without an id stands alone, with a history of one. Status updates (content/updates/)
// join a tracked claim's history like a report without an item; reports from a withdrawn
// item stay in the history, marked, so the record of what was said is kept.
// (About 155 lines: the ledger and its two lookups, by item and by anchor, belong together.)
import { entryPath } from '../pipeline/routes.ts';
import type { ClaimStatus } from '../pipeline/schema/index.ts';
import { dateValue } from '../pipeline/schema/primitives.ts';
import { oldestFirst, publishedTime } from './sort-articles.ts';
import type { ArticleEntry, UpdateEntry } from './types.ts';

export interface ClaimReport {
  /** The reporting item's id; '' for a status update. */
  articleId: string;
  /** The reporting item's title, or `a status update` for an update. */
  articleTitle: string;
  /** Site path (without base) where the report can be read. */
  path: string;
  /** The update's id, when the report is a status update. */
  update?: string;
  /** The reporting item was withdrawn: the report stays in the record, marked. */
  withdrawn?: true;
  /** When the item reporting it was published (ISO, as written). */
  date: string;
  status: ClaimStatus;
  text: string;
  source?: string;
  /** Why the status is what it is: the editor's note in an item, or an update's note. */
  note?: string;
}

export interface LedgerClaim {
  /** Anchor on the ledger page, unique per claim: `claim-<id>` or `claim-<item>--<n>`. */
  anchor: string;
  /** The editor's id when the claim is tracked across items. */
  id?: string;
  /** Wording of the latest report. */
  text: string;
  /** Actor id of the claimant. */
  by: string;
  /** Status as of the latest report. */
  status: ClaimStatus;
  reports: ClaimReport[];
  /** Topic ids of every item that reported it. */
  topics: string[];
  /** The item that introduced the claim was withdrawn. */
  withdrawn?: true;
}

// Written ids are kebab-case and never hold "--", so the derived anchor of an id-less
// claim (item id, "--", position) cannot equal `claim-<written id>`: two claims of two
// speakers can never merge into one entry.
export function claimAnchor(articleId: string, index: number, id?: string): string {
  return id ? `claim-${id}` : `claim-${articleId}--${index + 1}`;
}

function latest<T>(list: readonly T[]): T {
  return list[list.length - 1]!;
}

/** Date of the latest report. */
export function lastReported(claim: LedgerClaim): string {
  return latest(claim.reports).date;
}

/** Every claim in the items (and status updates), most recently reported first. */
export function claimLedger(articles: readonly ArticleEntry[], updates: readonly UpdateEntry[] = [], updateTitle = 'a status update'): LedgerClaim[] {
  const claims = new Map<string, LedgerClaim>();
  const times = new Map<string, number>();
  // Items and updates in one date order; on the same instant the item comes first.
  type Step = { time: number; article?: ArticleEntry; update?: UpdateEntry };
  const steps: Step[] = [
    ...oldestFirst(articles).map((article) => ({ time: publishedTime(article), article })),
    ...[...updates].sort((a, b) => a.id.localeCompare(b.id)).map((update) => ({ time: dateValue(update.data.date), update })),
  ];
  steps.sort((a, b) => a.time - b.time || (a.article ? 0 : 1) - (b.article ? 0 : 1));
  for (const step of steps) {
    if (step.update) {
      const { id, data } = step.update;
      for (const change of data.claims) {
        const entry = claims.get(claimAnchor('', 0, change.id));
        // Unknown ids are the check's business (unknown-reference); the site skips them.
        if (!entry) continue;
        entry.reports.push({
          articleId: '',
          articleTitle: updateTitle,
          path: `/claims/#${entry.anchor}`,
          update: id,
          date: data.date,
          status: change.status,
          text: entry.text,
          note: change.note,
          source: change.source,
        });
        entry.status = change.status;
        times.set(entry.anchor, step.time);
      }
      continue;
    }
    const article = step.article!;
    const withdrawn = article.data.status === 'withdrawn';
    article.data.claims?.forEach((claim, index) => {
      const anchor = claimAnchor(article.id, index, claim.id);
      const report: ClaimReport = {
        articleId: article.id,
        articleTitle: article.data.title,
        path: entryPath.articles(article.id),
        date: article.data.published,
        status: claim.status,
        text: claim.text,
        ...(claim.source ? { source: claim.source } : {}),
        ...(claim.note ? { note: claim.note } : {}),
        ...(withdrawn ? { withdrawn: true as const } : {}),
      };
      const entry = claims.get(anchor) ?? {
        anchor,
        ...(claim.id ? { id: claim.id } : {}),
        text: claim.text,
        by: claim.by,
        status: claim.status,
        reports: [],
        topics: [],
        ...(withdrawn ? { withdrawn: true as const } : {}),
      };
      entry.reports.push(report);
      entry.text = claim.text;
      entry.status = claim.status;
      for (const topic of article.data.topics) if (!entry.topics.includes(topic)) entry.topics.push(topic);
      claims.set(anchor, entry);
      times.set(anchor, step.time);
    });
  }
  return [...claims.values()].sort((a, b) => times.get(b.anchor)! - times.get(a.anchor)! || a.anchor.localeCompare(b.anchor));
}

/** The claims an item reports, with the ledger's view of each (latest status, history). */
// Every item page asks for its claims: the ledger is indexed by item once, not scanned per page.
const byArticle = new WeakMap<readonly LedgerClaim[], Map<string, LedgerClaim[]>>();

export function claimsInArticle(ledger: readonly LedgerClaim[], articleId: string): LedgerClaim[] {
  let index = byArticle.get(ledger);
  if (!index) {
    index = new Map();
    for (const claim of ledger) {
      for (const id of new Set(claim.reports.map((report) => report.articleId).filter(Boolean))) {
        const list = index.get(id);
        if (list) list.push(claim);
        else index.set(id, [claim]);
      }
    }
    byArticle.set(ledger, index);
  }
  return [...(index.get(articleId) ?? [])];
}
