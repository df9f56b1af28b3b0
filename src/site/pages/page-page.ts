// An editor-written page (/<id>/: about, methodology): title, summary, body, and on a
// translation whose original changed since, the notice saying so.
import { entryPath } from '../../pipeline/routes.ts';
import type { Briefing, PageItem } from '../briefing.ts';
import { breadcrumbs, type Crumb } from '../breadcrumbs.ts';
import type { Staleness } from '../translations.ts';
import type { PageContext } from './page-parts.ts';
import { editionPath, type PageHead } from './page-head.ts';

export interface EditorPageModel extends PageContext {
  head: PageHead;
  crumbs: Crumb[];
  /** What changed in the original since the translation (translated editions only). */
  stale?: Staleness;
  /** The original's site path, linked from the stale notice. */
  originalPath: string;
  searchTitle: string;
  title: string;
  summary: string;
  bodyHtml: string;
}

export function editorPage(briefing: Briefing, page: PageItem): EditorPageModel {
  const { ui, dates } = briefing;
  const { m } = ui;
  const { data } = page;
  const stale = briefing.translated.get(`pages/${page.id}`)?.stale;
  return {
    head: { title: data.title, description: data.summary, path: editionPath(ui, entryPath.pages(page.id)) },
    crumbs: breadcrumbs(undefined, data.title, m),
    ...(stale ? { stale } : {}),
    originalPath: entryPath.pages(page.id),
    searchTitle: m.page.searchTitle(data.title),
    title: data.title,
    summary: data.summary,
    bodyHtml: page.rendered?.html ?? '',
    ui,
    dates,
  };
}
