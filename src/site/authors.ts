// The desk's people on the site: bylines on items, and the items each author wrote and
// signed off (their page's model is src/site/pages/author-page.ts).
import { entryPath } from '../pipeline/routes.ts';
import { newestFirst } from './sort-articles.ts';
import type { ArticleEntry, AuthorEntry, SiteLink } from './types.ts';

export interface Byline {
  authors: SiteLink[];
  reviewer?: SiteLink;
}

function link(id: string, byId: ReadonlyMap<string, AuthorEntry>): SiteLink {
  return { label: byId.get(id)?.data.name ?? id, path: entryPath.authors(id) };
}

/** Who wrote the item and who reviewed it; undefined when it names nobody. */
export function byline(article: ArticleEntry, authors: readonly AuthorEntry[]): Byline | undefined {
  const { authors: written, reviewedBy } = article.data;
  if (written.length === 0 && !reviewedBy) return undefined;
  const byId = new Map(authors.map((a) => [a.id, a]));
  return { authors: written.map((id) => link(id, byId)), ...(reviewedBy ? { reviewer: link(reviewedBy, byId) } : {}) };
}

/** `A`, `A and B`, `A, B and C`. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export interface AuthorItems {
  author: AuthorEntry;
  /** Items with this author in the byline, newest first. */
  written: ArticleEntry[];
  /** Items this author signed off, newest first. */
  reviewed: ArticleEntry[];
}

export function authorItems(author: AuthorEntry, articles: readonly ArticleEntry[]): AuthorItems {
  const ordered = newestFirst(articles);
  return {
    author,
    written: ordered.filter((a) => a.data.authors.includes(author.id)),
    reviewed: ordered.filter((a) => a.data.reviewedBy === author.id),
  };
}

/** Every author with how many items they wrote, in the order given (by name). */
export function authorIndex(
  authors: readonly AuthorEntry[],
  articles: readonly ArticleEntry[],
): Array<{ author: AuthorEntry; items: number; reviews: number }> {
  return authors.map((author) => ({
    author,
    items: articles.filter((a) => a.data.authors.includes(author.id)).length,
    reviews: articles.filter((a) => a.data.reviewedBy === author.id).length,
  }));
}
