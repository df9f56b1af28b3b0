// Feed entries that are not items: a withdrawal (so subscribers learn the item they may
// have read was taken back) and a claim status update (a status change without an item).
import { entryPath } from '../pipeline/routes.ts';
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
  /** e.g. `Claim now Confirmed: …`. */
  title: string;
  note: string;
  topics: string[];
  by: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One entry per withdrawn item, with the item's own id so readers replace what they hold. */
export function withdrawalItems(location: SiteLocation, withdrawals: readonly FeedWithdrawal[], topicTitles: ReadonlyMap<string, string>): FeedItem[] {
  return withdrawals.map((w) => {
    const url = absoluteUrl(location, entryPath.articles(w.id));
    return {
      id: url,
      url,
      title: `Withdrawn: ${w.title}`,
      summary: w.withdrawn.reason,
      html: `<p>This item was withdrawn on ${escapeHtml(w.withdrawn.date.slice(0, 10))}. ${escapeHtml(w.withdrawn.reason)}</p>`,
      published: w.published,
      updated: w.withdrawn.date,
      categories: w.topics.map((id) => topicTitles.get(id) ?? id),
    };
  });
}

/** One entry per claim moved by a status update, linking to the claim's history. */
export function statusChangeItems(location: SiteLocation, changes: readonly FeedStatusChange[], topicTitles: ReadonlyMap<string, string>): FeedItem[] {
  return changes.map((change) => {
    const url = absoluteUrl(location, `/claims/#${change.anchor}`);
    return {
      id: `${url}-${change.update}`,
      url,
      title: change.title,
      summary: change.note,
      published: change.date,
      categories: change.topics.map((id) => topicTitles.get(id) ?? id),
    };
  });
}
