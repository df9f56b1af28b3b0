// What the entry pages' view models (src/site/pages/) hand their route and components in
// common (the layout's props are PageHead, page-head.ts): a link to an entry with its text,
// and the edition's context.
import type { DateFormatter } from '../format-date.ts';
import type { EntryLink, Ui } from '../i18n/ui.ts';
import { FEED_FILES } from '../../pipeline/routes.ts';

/** A link to an entry, in this edition when translated, else the original's in its language. */
export interface TitledLink extends EntryLink {
  title: string;
}

/** A link off the site (an official page, a profile), its URL as the URL parser writes it. */
export interface ExternalLink {
  label: string;
  href: string;
}

/** What every entry page renders with: the edition (messages, links) and its dates. */
export interface PageContext {
  ui: Ui;
  dates: DateFormatter;
}

/** An entry's feeds (served at `<page>/rss.xml`, `atom.xml`, `feed.json`), as links on its page. */
export interface FollowLinks {
  /** "Follow <name>", the RSS feed's link text. */
  label: string;
  rss: string;
  atom: string;
  json: string;
}

export function followLinks(link: (path: string) => string, pagePath: string, label: string): FollowLinks {
  return { label, rss: link(`${pagePath}${FEED_FILES.rss}`), atom: link(`${pagePath}${FEED_FILES.atom}`), json: link(`${pagePath}${FEED_FILES.json}`) };
}

/** The drawn social card of an entry's page; a translated edition's is drawn in its language, under /og/<language>/. */
export function cardHref(ui: Ui, path: string): string {
  return ui.withBase(ui.edition.original ? path : path.replace(/^\/og\//, `/og${ui.edition.prefix}/`));
}
