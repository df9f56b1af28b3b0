// What a withdrawn item's URL still shows: a notice with the title, when and why it was
// withdrawn, and nothing of the body. Also the wording feeds use for the withdrawal.
import type { ArticleEntry } from './types.ts';

export interface WithdrawalNotice {
  title: string;
  published: string;
  date: string;
  reason: string;
  /** How many claims the item reported (they stay in the ledger, marked). */
  claims: number;
}

/** The notice for a withdrawn item; undefined for any other item. */
export function withdrawalNotice(article: ArticleEntry): WithdrawalNotice | undefined {
  const { data } = article;
  if (data.status !== 'withdrawn' || !data.withdrawn) return undefined;
  return { title: data.title, published: data.published, date: data.withdrawn.date, reason: data.withdrawn.reason, claims: data.claims?.length ?? 0 };
}

/** Title of the feed entry that tells subscribers an item was withdrawn. */
export function withdrawnFeedTitle(title: string): string {
  return `Withdrawn: ${title}`;
}
