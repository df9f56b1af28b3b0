// The corrections page (`/corrections/`): every correction, newest first, each with its
// item; the corrections feed (one for the whole site) advertised and linked.
import type { Briefing } from '../briefing.ts';
import { breadcrumbs, type Crumb } from '../breadcrumbs.ts';
import { allCorrections } from '../corrections.ts';
import type { EntryLink } from '../i18n/ui.ts';
import { FEED_TYPES, SITE_PATHS } from '../site-names.ts';
import { editionPath, type PageHead } from './page-head.ts';

export interface CorrectionRow extends EntryLink {
  date: string;
  text: string;
  /** The corrected item's title (its page is the link). */
  title: string;
}

export interface CorrectionsPageModel {
  head: PageHead;
  crumbs: Crumb[];
  /** The corrections policy (the methodology's section), with the base; none without that page. */
  policyHref?: string;
  feedHref: string;
  /** Newest first. */
  corrections: CorrectionRow[];
}

export function correctionsPage(briefing: Briefing): CorrectionsPageModel {
  const { ui } = briefing;
  const { m, edition } = ui;
  return {
    head: {
      title: m.corrections.title,
      description: m.corrections.description(edition.title),
      path: editionPath(ui, SITE_PATHS.corrections),
      feeds: [{ title: m.feeds.corrections(edition.title), href: SITE_PATHS.correctionsFeed, type: FEED_TYPES.rss }],
    },
    crumbs: breadcrumbs(undefined, m.corrections.title, m),
    ...(briefing.policyHref ? { policyHref: briefing.policyHref } : {}),
    feedHref: briefing.ui.withBase(SITE_PATHS.correctionsFeed),
    corrections: allCorrections(briefing.articles).map((c) => ({ ...ui.entry('articles', c.articleId), date: c.date, text: c.text, title: c.articleTitle })),
  };
}
