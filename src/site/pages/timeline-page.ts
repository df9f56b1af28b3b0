// The timeline (`/timeline/`): every event, item and status update, grouped by day in the
// list component (TimelineList), with each entry's topics.
import type { Briefing } from '../briefing.ts';
import { breadcrumbs, type Crumb } from '../breadcrumbs.ts';
import { SITE_PATHS } from '../site-names.ts';
import { timeline, type TimelineEntry } from '../timeline.ts';
import { editionPath, type PageHead } from './page-head.ts';

export interface TimelinePageModel {
  head: PageHead;
  crumbs: Crumb[];
  /** Oldest first, as timeline() gives them; the list groups them newest day first. */
  entries: TimelineEntry[];
  topicTitles: ReadonlyMap<string, string>;
}

export function timelinePage(briefing: Briefing): TimelinePageModel {
  const { m, edition } = briefing.ui;
  return {
    head: { title: m.timeline.title, description: m.timeline.description(edition.title), path: editionPath(briefing.ui, SITE_PATHS.timeline) },
    crumbs: breadcrumbs(undefined, m.timeline.title, m),
    entries: timeline(briefing.articles, undefined, briefing.ledger, m),
    topicTitles: briefing.topicTitles,
  };
}
