// The search page (`/search/`): Pagefind's UI files under the base (the index of this
// page's language), and for readers without JS the ways to browse instead.
import type { Briefing } from '../briefing.ts';
import type { EntryLink } from '../i18n/ui.ts';
import { SITE_PATHS } from '../site-names.ts';
import { topicsInOrder } from '../sort-orders.ts';
import { editionPath, type PageHead } from './page-head.ts';

export interface SearchPageModel {
  head: PageHead;
  /** Pagefind's stylesheet, its UI script, the module that starts it, and the bundle folder, under the base. */
  assets: { css: string; ui: string; start: string; bundle: string };
  /** Every topic in the editors' order, then the timeline and all items. */
  browse: Array<EntryLink & { label: string }>;
}

export function searchPage(briefing: Briefing): SearchPageModel {
  const { ui } = briefing;
  const { withBase } = ui;
  const { m, edition } = ui;
  return {
    head: { title: m.search.title, description: m.search.description(edition.title), path: editionPath(ui, SITE_PATHS.search), noindex: true },
    assets: {
      css: withBase('/pagefind/pagefind-ui.css'),
      ui: withBase('/pagefind/pagefind-ui.js'),
      start: withBase('/search-ui.js'),
      bundle: withBase('/pagefind/'),
    },
    browse: [
      ...topicsInOrder(briefing.topics).map((topic) => ({ ...ui.entry('topics', topic.id), label: topic.data.title })),
      { href: ui.link(SITE_PATHS.timeline), label: m.search.timeline },
      { href: ui.link(SITE_PATHS.articles), label: m.search.allItems },
    ],
  };
}
