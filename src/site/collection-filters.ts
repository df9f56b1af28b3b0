// Which items and claims belong to a topic or mention an actor.
import type { LedgerClaim } from './claim-ledger.ts';
import type { ArticleEntry, TopicEntry } from './types.ts';

export function itemsInTopic<T extends ArticleEntry>(articles: readonly T[], topicId: string): T[] {
  return articles.filter((article) => article.data.topics.includes(topicId));
}

export function itemsMentioning<T extends ArticleEntry>(articles: readonly T[], actorId: string): T[] {
  return articles.filter((article) => article.data.actors.includes(actorId));
}

export function claimsInTopic(ledger: readonly LedgerClaim[], topicId: string): LedgerClaim[] {
  return ledger.filter((claim) => claim.topics.includes(topicId));
}

/** Topics in the editors' order (`order`, then title). */
export function topicsInOrder<T extends TopicEntry>(topics: readonly T[]): T[] {
  return [...topics].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id));
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

/** Editor-written pages in footer order (`order`, then title). */
export function pagesInOrder<T extends { id: string; data: { order: number; title: string } }>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id));
}
