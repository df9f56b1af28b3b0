// The not-found page of every edition (`/404.html`, `/uk/404.html`): a search box and the
// pages to start again from.
import type { Ui } from '../i18n/ui.ts';
import { SITE_PATHS } from '../site-names.ts';
import { editionPath, type PageHead } from './page-head.ts';

export interface NotFoundPageModel {
  head: PageHead;
  /** Where the search box sends its query (a GET form). */
  searchAction: string;
  links: Array<{ label: string; href: string }>;
}

/** Takes only the edition's words and links: the page shows no content. */
export function notFoundPage(ui: Ui): NotFoundPageModel {
  const { m } = ui;
  return {
    head: { title: m.notFound.title, description: m.notFound.description, path: editionPath(ui, SITE_PATHS.notFound), noindex: true },
    searchAction: ui.link(SITE_PATHS.search),
    links: [
      { label: m.notFound.home, href: ui.link(SITE_PATHS.home) },
      { label: m.notFound.topics, href: ui.link(SITE_PATHS.topics) },
      { label: m.notFound.items, href: ui.link(SITE_PATHS.articles) },
      { label: m.notFound.claims, href: ui.link(SITE_PATHS.claims) },
    ],
  };
}
