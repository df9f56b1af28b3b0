// `<lastmod>` for the sitemap: an article changes when it is updated; a topic or actor
// page, and the home page, change with the newest public item they list.
import type { ContentSet } from '../pipeline/load-content.ts';
import { entryPath, withoutBase } from '../pipeline/routes.ts';
import { dateValue } from '../pipeline/schema/primitives.ts';
import { visibility } from '../pipeline/visibility.ts';

/** Site path (without base) → ISO 8601 instant of the last change. */
export function lastModified(content: Pick<ContentSet, 'articles'>, now: number): Map<string, string> {
  const dates = new Map<string, number>();
  // No floor of 0: that turned every date before 1970 into 1 January 1970.
  const touch = (path: string, time: number) => {
    const known = dates.get(path);
    dates.set(path, known === undefined ? time : Math.max(known, time));
  };
  for (const article of content.articles) {
    if (visibility(article.data, now) !== 'public') continue;
    const time = dateValue(article.data.updated ?? article.data.published);
    touch(entryPath.articles(article.id), time);
    for (const topic of article.data.topics) touch(entryPath.topics(topic), time);
    for (const actor of article.data.actors) touch(entryPath.actors(actor), time);
    for (const listing of ['/', '/articles/', '/timeline/', '/claims/']) touch(listing, time);
  }
  return new Map([...dates].map(([path, time]) => [path, new Date(time).toISOString()]));
}

/** The site path of a page URL, with the deploy base taken off. */
export function sitePath(url: string, base: string): string {
  return withoutBase(base, new URL(url).pathname);
}

/** Site paths of withdrawn items: their notice pages are noindex and stay out of the sitemap. */
export function withdrawnPaths(content: Pick<ContentSet, 'articles'>, now: number): Set<string> {
  return new Set(content.articles.filter((a) => visibility(a.data, now) === 'withdrawn').map((a) => entryPath.articles(a.id)));
}
