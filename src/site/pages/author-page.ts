// The author page (/authors/<id>/): role, bio, contact, the items they wrote and the
// items they reviewed.
import { entryPath } from '../../pipeline/routes.ts';
import { authorItems } from '../authors.ts';
import type { AuthorItem, Briefing } from '../briefing.ts';
import { breadcrumbs, type Crumb } from '../breadcrumbs.ts';
import { externalHref } from '../page-meta.ts';
import type { ArticleEntry } from '../types.ts';
import type { ExternalLink, PageContext } from './page-parts.ts';
import { editionPath, type PageHead } from './page-head.ts';

export interface AuthorPageModel extends PageContext {
  head: PageHead;
  crumbs: Crumb[];
  name: string;
  /** In the original's language (roles are not translated). */
  role: string;
  bioHtml: string;
  email?: { address: string; href: string };
  links: ExternalLink[];
  writtenHeading: string;
  /** Items with them in the byline, newest first. */
  written: ArticleEntry[];
  reviewedHeading: string;
  /** Items they signed off, newest first. */
  reviewed: ArticleEntry[];
}

export function authorPage(briefing: Briefing, author: AuthorItem): AuthorPageModel {
  const { ui, dates } = briefing;
  const { m } = ui;
  const { data } = author;
  const { written, reviewed } = authorItems(author, briefing.articles);
  return {
    head: { title: data.name, description: m.authors.pageDescription(data.name, data.role), path: editionPath(ui, entryPath.authors(author.id)) },
    crumbs: breadcrumbs({ label: m.crumbs.authors, path: '/authors/' }, data.name, m),
    name: data.name,
    role: data.role,
    bioHtml: author.rendered?.html ?? '',
    ...(data.email ? { email: { address: data.email, href: `mailto:${data.email}` } } : {}),
    links: (data.links ?? []).map((link) => ({ label: link.label, href: externalHref(link.url) })),
    writtenHeading: m.authors.itemsBy(data.name),
    written,
    reviewedHeading: m.authors.reviewedBy(data.name),
    reviewed,
    ui,
    dates,
  };
}
