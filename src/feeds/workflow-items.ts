// Feed entries that are not items: a withdrawal (so subscribers learn the item they may
// have read was taken back) and a claim status update (a status change without an item).
// The words around the editors' text are the feed's language's; a status change links to
// the claims ledger of the feed's edition.
import { entryPath } from '../pipeline/routes.ts';
import type { ClaimStatus } from '../pipeline/schema/index.ts';
import type { FeedMessages } from './feed-messages.ts';
import type { FeedItem } from './feed-model.ts';
import { absoluteUrl, type SiteLocation } from './urls.ts';

export interface FeedWithdrawal {
  id: string;
  title: string;
  published: string;
  topics: string[];
  actors: string[];
  withdrawn: { date: string; reason: string };
}

export interface FeedStatusChange {
  /** Update file id and claim anchor together make the entry's id. */
  update: string;
  anchor: string;
  date: string;
  /** The claim's status after the update; the entry's title names it in the feed's words. */
  status: ClaimStatus;
  /** The claim's text. */
  claim: string;
  note: string;
  topics: string[];
  by: string;
}

/** Where the entries are written: the site, the feed's words and its edition's prefix (`/uk`, or none). */
export interface WorkflowContext extends SiteLocation {
  words: FeedMessages;
  prefix?: string | undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One entry per withdrawn item, with the item's own id so readers replace what they hold. */
export function withdrawalItems(context: WorkflowContext, withdrawals: readonly FeedWithdrawal[], topicTitles: ReadonlyMap<string, string>): FeedItem[] {
  return withdrawals.map((w) => {
    // A withdrawn item has no translated page: the entry points at the original's notice.
    const url = absoluteUrl(context, entryPath.articles(w.id));
    return {
      id: url,
      url,
      title: context.words.withdrawnTitle(w.title),
      summary: w.withdrawn.reason,
      html: `<p>${escapeHtml(context.words.withdrawnOn(w.withdrawn.date.slice(0, 10)))} ${escapeHtml(w.withdrawn.reason)}</p>`,
      published: w.published,
      updated: w.withdrawn.date,
      categories: w.topics.map((id) => topicTitles.get(id) ?? id),
    };
  });
}

/** One entry per claim moved by a status update, linking to the claim's history in the edition's ledger. */
export function statusChangeItems(context: WorkflowContext, changes: readonly FeedStatusChange[], topicTitles: ReadonlyMap<string, string>): FeedItem[] {
  return changes.map((change) => {
    const url = absoluteUrl(context, `${context.prefix ?? ''}/claims/#${change.anchor}`);
    return {
      id: `${url}-${change.update}`,
      url,
      title: context.words.claimNow(context.words.status[change.status], change.claim),
      summary: change.note,
      published: change.date,
      categories: change.topics.map((id) => topicTitles.get(id) ?? id),
    };
  });
}
