// Neighbours in publication order: "previous" is the item before this one, "next" the one after.
import { oldestFirst } from './sort-articles.ts';
import type { ArticleEntry } from './types.ts';

export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

export function prevNext<T extends ArticleEntry>(articles: readonly T[], id: string): Neighbours<T> {
  const ordered = oldestFirst(articles);
  const index = ordered.findIndex((article) => article.id === id);
  if (index < 0) return {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
