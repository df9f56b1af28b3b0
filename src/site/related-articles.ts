// "Related items": the ones sharing most topics and actors with this one, newer first on ties.
import { newestFirst } from './sort-articles.ts';
import type { ArticleEntry } from './types.ts';

function shared(a: readonly string[], b: readonly string[]): number {
  return a.filter((value) => b.includes(value)).length;
}

export function relatedArticles<T extends ArticleEntry>(article: ArticleEntry, articles: readonly T[], limit = 3): T[] {
  const scored = newestFirst(articles)
    .filter((other) => other.id !== article.id)
    .map((other) => ({ other, score: shared(article.data.topics, other.data.topics) + shared(article.data.actors, other.data.actors) }))
    .filter(({ score }) => score > 0);
  // Array.prototype.sort is stable, so equal scores keep the newest-first order.
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map(({ other }) => other);
}
