// The home page's "latest takeaways": what a reader who has two seconds should know. The
// editors' own takeaways for the latest day (content/days/, when that collection is wired
// in) win; otherwise the newest items' key points, the first points of each item first,
// each linking to its item.
import { entryPath } from '../pipeline/routes.ts';
import { newestFirst } from './sort-articles.ts';
import type { ArticleEntry } from './types.ts';

export interface Takeaway {
  text: string;
  /** Site path (without base) of the item it comes from, if any. */
  href?: string;
}

export interface TakeawayOptions {
  /** Fewest takeaways worth a list; below it the list is left out. Default: 3. */
  min?: number;
  /** Most shown. Default: 5. */
  max?: number;
}

/**
 * `dayTakeaways`: the latest day note's takeaways, if any (hrefs already site paths), first.
 * The newest items lend their points round-robin, so one long item cannot fill the list.
 */
export function homeTakeaways(
  articles: readonly ArticleEntry[],
  dayTakeaways: { text: string; href?: string }[] | undefined,
  options: TakeawayOptions = {},
): Takeaway[] {
  const { min = 3, max = 5 } = options;
  const out: Takeaway[] = (dayTakeaways ?? []).slice(0, max).map((t) => ({ text: t.text, ...(t.href ? { href: t.href } : {}) }));
  // A short day note is topped up with the newest items' points, so the list always says enough.
  const sources = newestFirst(articles)
    .filter((article) => (article.data.keyPoints?.length ?? 0) > 0)
    .slice(0, max);
  for (let round = 0; out.length < max && sources.some((a) => a.data.keyPoints!.length > round); round++) {
    for (const article of sources) {
      const point = article.data.keyPoints![round];
      if (point !== undefined && out.length < max && !out.some((t) => t.text === point)) out.push({ text: point, href: entryPath.articles(article.id) });
    }
  }
  return out.length >= min ? out : [];
}
