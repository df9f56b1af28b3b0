// What the home page leads with: the editors' chosen lead (site.lead) when it is on the
// site, otherwise the newest item; and per topic, where it stands and its newest item.
import { itemsInTopic } from './collection-filters.ts';
import { topicsInOrder } from './sort-orders.ts';
import { newestFirst } from './sort-articles.ts';
import type { ArticleEntry, TopicEntry } from './types.ts';

export function leadArticle<T extends ArticleEntry>(articles: readonly T[], leadId?: string): T | undefined {
  return articles.find((article) => article.id === leadId) ?? newestFirst(articles)[0];
}

export interface TopicState<T extends TopicEntry, A extends ArticleEntry> {
  topic: T;
  latest?: A;
  itemCount: number;
}

export function stateOfPlay<T extends TopicEntry, A extends ArticleEntry>(topics: readonly T[], articles: readonly A[]): TopicState<T, A>[] {
  return topicsInOrder(topics).map((topic) => {
    const items = newestFirst(itemsInTopic(articles, topic.id));
    return { topic, itemCount: items.length, ...(items[0] ? { latest: items[0] } : {}) };
  });
}
