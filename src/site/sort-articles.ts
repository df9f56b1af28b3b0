// Ordering of items: newest first everywhere a reader scans a list; ties by id so the
// output is the same on every build.
import { dateValue } from '../pipeline/schema/index.ts';
import type { ArticleEntry } from './types.ts';

export function publishedTime(article: ArticleEntry): number {
  return dateValue(article.data.published);
}

/** When the item last changed: `updated`, or `published` when never updated. */
export function changedTime(article: ArticleEntry): number {
  return dateValue(article.data.updated ?? article.data.published);
}

export function newestFirst<T extends ArticleEntry>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => publishedTime(b) - publishedTime(a) || a.id.localeCompare(b.id));
}

export function oldestFirst<T extends ArticleEntry>(articles: readonly T[]): T[] {
  return newestFirst(articles).reverse();
}
