// Claims across items. A claim with an `id` is one claim reported again and again: its
// history is every report, oldest first, and its status is the latest report's. A claim
// without an id stands alone, with a history of one.
import type { ClaimStatus } from '../pipeline/schema/index.ts';
import { oldestFirst, publishedTime } from './sort-articles.ts';
import type { ArticleEntry } from './types.ts';

export interface ClaimReport {
  articleId: string;
  articleTitle: string;
  /** When the item reporting it was published (ISO, as written). */
  date: string;
  status: ClaimStatus;
  text: string;
  source?: string;
  /** The editor's reason for the status in this report. */
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

/** Every claim in the items, most recently reported first. */
export function claimLedger(articles: readonly ArticleEntry[]): LedgerClaim[] {
  const claims = new Map<string, LedgerClaim>();
  const times = new Map<string, number>();
  for (const article of oldestFirst(articles)) {
    article.data.claims?.forEach((claim, index) => {
      const anchor = claimAnchor(article.id, index, claim.id);
      const report: ClaimReport = {
        articleId: article.id,
        articleTitle: article.data.title,
        date: article.data.published,
        status: claim.status,
        text: claim.text,
        ...(claim.source ? { source: claim.source } : {}),
        ...(claim.note ? { note: claim.note } : {}),
      };
      const entry = claims.get(anchor) ?? { anchor, ...(claim.id ? { id: claim.id } : {}), text: claim.text, by: claim.by, status: claim.status, reports: [], topics: [] };
      entry.reports.push(report);
      entry.text = claim.text;
      entry.status = claim.status;
      for (const topic of article.data.topics) if (!entry.topics.includes(topic)) entry.topics.push(topic);
      claims.set(anchor, entry);
      times.set(anchor, publishedTime(article));
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
      for (const id of new Set(claim.reports.map((report) => report.articleId))) {
        const list = index.get(id);
        if (list) list.push(claim);
        else index.set(id, [claim]);
      }
    }
    byArticle.set(ledger, index);
  }
  return [...(index.get(articleId) ?? [])];
}
