// Ordering of items: newest first everywhere a reader scans a list; ties by id so the
// output is the same on every build. Every page asks for these orders of the same list
// (related items, neighbours), so each order is computed once per list and reused: with
// thousands of items, sorting again on every page made builds quadratic.
import { dateValue } from '../pipeline/schema/primitives.ts';
import type { ArticleEntry } from './types.ts';

export function publishedTime(article: ArticleEntry): number {
  return dateValue(article.data.published);
}

/** When the item last changed: `updated`, or `published` when never updated. */
export function changedTime(article: ArticleEntry): number {
  return dateValue(article.data.updated ?? article.data.published);
}

const newest = new WeakMap<readonly ArticleEntry[], readonly ArticleEntry[]>();
const oldest = new WeakMap<readonly ArticleEntry[], readonly ArticleEntry[]>();

function sortedNewestFirst<T extends ArticleEntry>(articles: readonly T[]): readonly T[] {
  let order = newest.get(articles) as readonly T[] | undefined;
  if (!order) {
    const times = new Map(articles.map((article) => [article, publishedTime(article)]));
    order = [...articles].sort((a, b) => times.get(b)! - times.get(a)! || a.id.localeCompare(b.id));
    newest.set(articles, order);
  }
  return order;
}

/** A new array, newest first (callers may change it; the cached order stays intact). */
export function newestFirst<T extends ArticleEntry>(articles: readonly T[]): T[] {
  return [...sortedNewestFirst(articles)];
}

export function oldestFirst<T extends ArticleEntry>(articles: readonly T[]): T[] {
  let order = oldest.get(articles) as readonly T[] | undefined;
  if (!order) {
    order = [...sortedNewestFirst(articles)].reverse();
    oldest.set(articles, order);
  }
  return [...order];
}
