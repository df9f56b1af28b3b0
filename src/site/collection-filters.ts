// Which items and claims belong to a topic or mention an actor.
import type { LedgerClaim } from './claim-ledger.ts';
import type { ArticleEntry } from './types.ts';

// The orders moved to sort-orders.ts (one per concept); re-exported for the callers that take them from here.
export { pagesInOrder, topicsInOrder } from './sort-orders.ts';

export function itemsInTopic<T extends ArticleEntry>(articles: readonly T[], topicId: string): T[] {
  return articles.filter((article) => article.data.topics.includes(topicId));
}

export function itemsMentioning<T extends ArticleEntry>(articles: readonly T[], actorId: string): T[] {
  return articles.filter((article) => article.data.actors.includes(actorId));
}

export function claimsInTopic(ledger: readonly LedgerClaim[], topicId: string): LedgerClaim[] {
  return ledger.filter((claim) => claim.topics.includes(topicId));
}

/** Looks entries up by id, for names and titles of references. */
export function indexById<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/**
 * The topic about the people and bodies themselves (DESIGN.md, content model): its page
 * also carries the who's-who. A convention of the content model, not of one story.
 */
export const WHO_IS_WHO_TOPIC = 'actors';
