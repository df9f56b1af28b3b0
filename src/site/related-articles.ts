// "Related items": the ones sharing most topics and actors with this one, newer first on ties.
// Candidates come from an index of items by topic and actor, built once per list, so a
// page looks only at items that share something with it instead of at every item; scores
// live in one typed array indexed by newest-first position, and the best few are picked
// in one pass (no sort): with thousands of items this runs once per article page.
import { newestFirst } from './sort-articles.ts';
import type { ArticleEntry } from './types.ts';

interface Index<T> {
  /** The items, newest first: a position here is an item's rank. */
  ordered: T[];
  rank: Map<T, number>;
  /** Ranks of the items under each topic and actor key, ascending. */
  byKey: Map<string, Int32Array>;
  /** Scratch scores, zero between calls. */
  scores: Uint8Array;
}

const indexes = new WeakMap<readonly ArticleEntry[], Index<ArticleEntry>>();

function keys(article: ArticleEntry): Set<string> {
  return new Set([...article.data.topics.map((id) => `topic:${id}`), ...article.data.actors.map((id) => `actor:${id}`)]);
}

function indexOf<T extends ArticleEntry>(articles: readonly T[]): Index<T> {
  let index = indexes.get(articles) as Index<T> | undefined;
  if (!index) {
    const ordered = newestFirst(articles);
    const lists = new Map<string, number[]>();
    ordered.forEach((article, rank) => {
      for (const key of keys(article)) {
        const list = lists.get(key);
        if (list) list.push(rank);
        else lists.set(key, [rank]);
      }
    });
    index = {
      ordered,
      rank: new Map(ordered.map((article, i) => [article, i])),
      byKey: new Map([...lists].map(([key, ranks]) => [key, Int32Array.from(ranks)])),
      scores: new Uint8Array(ordered.length),
    };
    indexes.set(articles, index as Index<ArticleEntry>);
  }
  return index;
}

export function relatedArticles<T extends ArticleEntry>(article: ArticleEntry, articles: readonly T[], limit = 3): T[] {
  const index = indexOf(articles);
  const { scores } = index;
  const lists = [...keys(article)].flatMap((key) => index.byKey.get(key) ?? []);
  // Each shared topic or actor adds one to a candidate's score (at most 255 keys count).
  for (const ranks of lists) for (let i = 0; i < ranks.length; i++) scores[ranks[i]!] = Math.min(255, scores[ranks[i]!]! + 1);
  const self = index.rank.get(article as T) ?? index.ordered.findIndex((other) => other.id === article.id);
  if (self >= 0) scores[self] = 0;
  // The best `limit` (score high first, then rank low first), kept sorted as we go.
  const best: number[] = [];
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  for (const ranks of lists) {
    for (let i = 0; i < ranks.length; i++) {
      const rank = ranks[i]!;
      if (scores[rank] === 0 || best.includes(rank)) continue;
      if (best.length === limit && !better(rank, best[best.length - 1]!)) continue;
      let at = best.length;
      while (at > 0 && better(rank, best[at - 1]!)) at--;
      best.splice(at, 0, rank);
      if (best.length > limit) best.pop();
    }
  }
  for (const ranks of lists) for (let i = 0; i < ranks.length; i++) scores[ranks[i]!] = 0;
  return best.map((rank) => index.ordered[rank]!);
}
