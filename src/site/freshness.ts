// "Updated <time>" on the home page: the latest moment anything on the site changed, as
// the editor wrote it (published or updated of the newest change), so it is the same on
// every build of the same content.
import { changedTime } from './sort-articles.ts';
import type { ArticleEntry } from './types.ts';

export function lastUpdated(articles: readonly ArticleEntry[]): string | undefined {
  let best: ArticleEntry | undefined;
  for (const article of articles) if (!best || changedTime(article) > changedTime(best)) best = article;
  return best ? (best.data.updated ?? best.data.published) : undefined;
}
