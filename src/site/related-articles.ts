// "Related items": the ones sharing most topics and actors with this one, newer first on ties.
// Candidates come from an index of items by topic and actor, built once per list, so a
// page looks only at items that share something with it instead of at every item.
import { newestFirst } from './sort-articles.ts';
import type { ArticleEntry } from './types.ts';

interface Index<T> {
  /** Position of each item in newest-first order, for stable tie-breaking. */
  rank: Map<T, number>;
  byKey: Map<string, T[]>;
}

const indexes = new WeakMap<readonly ArticleEntry[], Index<ArticleEntry>>();

function keys(article: ArticleEntry): string[] {
  return [...article.data.topics.map((id) => `topic:${id}`), ...article.data.actors.map((id) => `actor:${id}`)];
}

function indexOf<T extends ArticleEntry>(articles: readonly T[]): Index<T> {
  let index = indexes.get(articles) as Index<T> | undefined;
  if (!index) {
    const ordered = newestFirst(articles);
    index = { rank: new Map(ordered.map((article, i) => [article, i])), byKey: new Map() };
    for (const article of ordered) {
      for (const key of keys(article)) {
        const list = index.byKey.get(key);
        if (list) list.push(article);
        else index.byKey.set(key, [article]);
      }
    }
    indexes.set(articles, index as Index<ArticleEntry>);
  }
  return index;
}

export function relatedArticles<T extends ArticleEntry>(article: ArticleEntry, articles: readonly T[], limit = 3): T[] {
  const index = indexOf(articles);
  // Each shared topic or actor adds one to a candidate's score.
  const scores = new Map<T, number>();
  for (const key of new Set(keys(article))) {
    for (const other of index.byKey.get(key) ?? []) {
      if (other.id !== article.id) scores.set(other, (scores.get(other) ?? 0) + 1);
    }
  }
  return [...scores.entries()]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || index.rank.get(a)! - index.rank.get(b)!)
    .slice(0, limit)
    .map(([other]) => other);
}
