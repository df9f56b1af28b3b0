// "The latest day note's takeaways", for the home page (src/site/takeaways.ts takes them
// when present): the newest day note that is not in the future, each takeaway linking to
// its item or source. Item links go through `link`, so they carry the deploy base.
import { ID_PATTERN } from '../pipeline/schema/primitives.ts';
import { entryPath } from '../pipeline/routes.ts';
import { visibility } from '../pipeline/visibility.ts';
import { dayOfInstant } from './day-key.ts';
import type { ArticleEntry, DayEntry } from './types.ts';

export interface LatestTakeawaysInput {
  notes: readonly DayEntry[];
  articles: readonly ArticleEntry[];
  timeZone: string;
  now: number;
  /** Site path -> href under the deploy base (data/links.ts `href`). Default: the path itself. */
  link?: (path: string) => string;
}

export function latestTakeaways({ notes, articles, timeZone, now, link = (path) => path }: LatestTakeawaysInput): { text: string; href?: string }[] {
  const today = dayOfInstant(now, timeZone);
  const latest = [...notes].filter((note) => note.id <= today).sort((a, b) => b.id.localeCompare(a.id))[0];
  if (!latest) return [];
  const shown = new Set(articles.filter((a) => visibility(a.data, now) === 'public').map((a) => a.id));
  return latest.data.takeaways.map((t) => {
    if (t.item && ID_PATTERN.test(t.item) && shown.has(t.item)) return { text: t.text, href: link(entryPath.articles(t.item)) };
    if (t.source) return { text: t.text, href: t.source };
    return { text: t.text };
  });
}
