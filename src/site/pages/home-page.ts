// The home page of every edition (`/`, `/uk/`), freshness first: the story's name and when
// it was last updated, the latest takeaways, the lead headline, then the state of play, the
// latest items and the claims that changed.
import type { ActorItem, ArticleItem, Briefing, TopicItem } from '../briefing.ts';
import { recentClaimChanges, type ClaimChange } from '../claim-changes.ts';
import type { LedgerClaim } from '../claim-ledger.ts';
import { indexById } from '../collection-filters.ts';
import type { DayPage } from '../days.ts';
import { lastUpdated } from '../freshness.ts';
import { leadArticle, stateOfPlay, type TopicState } from '../home-page.ts';
import type { EntryLink } from '../i18n/ui.ts';
import { latestTakeaways } from '../latest-takeaways.ts';
import { SITE_PATHS } from '../site-names.ts';
import { homeTakeaways } from '../takeaways.ts';
import type { ArticleData } from '../types.ts';
import { editionPath, type PageHead } from './page-head.ts';

/** A takeaway as shown: its link resolved (this edition's item, the original's, or a source), with the language of its item. */
export interface HomeTakeaway {
  text: string;
  href?: string;
  lang?: string;
}

export interface HomeLead extends EntryLink {
  title: string;
  summary: string;
  published: string;
  visibility: ArticleData['visibility'];
  /** Its first topic's title. */
  kicker: string;
}

export interface HomePageModel {
  head: PageHead;
  /** The h1: the story's name on the original, the edition's title on a translation. */
  heading: string;
  /** Read after the heading by screen readers only: the site's name (the original only). */
  headingSuffix?: string;
  /** The latest change on the site (published or updated), as written. */
  updated?: string;
  /** Shown only when there are enough (src/site/takeaways.ts). */
  takeaways: HomeTakeaway[];
  lead?: HomeLead;
  latestDay?: DayPage;
  states: TopicState<TopicItem, ArticleItem>[];
  /** The newest items after the lead. */
  latest: ArticleItem[];
  /** Claims whose status moved lately; when none moved, `claims` holds the newest claims instead. */
  changes: ClaimChange[];
  claims: LedgerClaim[];
  actors: Map<string, ActorItem>;
  links: { allItems: string; timeline: string; everyClaim: string; legend?: string };
}

/** `now`: the build's time, which decides what the latest day note is. */
export function homePage(briefing: Briefing, now: number): HomePageModel {
  const { site, articles, ledger, ui } = briefing;
  const { edition } = ui;
  const latestDay = briefing.dayPages[0];
  const lead = leadArticle(articles, site.lead);
  const updated = lastUpdated(articles);
  const changes = recentClaimChanges(ledger, 4);
  return {
    head: { title: edition.title, description: edition.description, path: editionPath(ui, '/') },
    heading: edition.original ? (site.story ?? site.title) : edition.title,
    ...(edition.original ? { headingSuffix: site.title } : {}),
    ...(updated ? { updated } : {}),
    takeaways: takeaways(briefing, now, latestDay?.date),
    ...(lead ? { lead: leadOf(briefing, lead) } : {}),
    ...(latestDay ? { latestDay } : {}),
    states: stateOfPlay(briefing.topics, articles),
    latest: articles.filter((article) => article !== lead).slice(0, 6),
    changes,
    claims: changes.length > 0 ? [] : ledger.slice(0, 4),
    actors: indexById(briefing.actors),
    links: {
      allItems: ui.link(SITE_PATHS.articles),
      timeline: ui.link(SITE_PATHS.timeline),
      everyClaim: ui.link(SITE_PATHS.claims),
      ...(briefing.legendHref ? { legend: briefing.legendHref } : {}),
    },
  };
}

// The editor's takeaways for the latest day win; else the newest items' key points.
// A note counts only when it is for the latest day with news: an older one is not the latest.
function takeaways(briefing: Briefing, now: number, latestDay: string | undefined): HomeTakeaway[] {
  const { ui } = briefing;
  const notes = briefing.dayNotes.filter((note) => note.id === latestDay);
  const dayTakeaways = latestTakeaways({ notes, articles: briefing.articles, timeZone: briefing.site.timezone, now });
  return homeTakeaways(briefing.articles, dayTakeaways).map(({ text, href }) => {
    if (!href) return { text };
    if (!href.startsWith('/')) return { text, href };
    // An item's point links this edition's page when translated, else the original's, marked with its language.
    const item = href.startsWith(SITE_PATHS.articles) ? ui.entry('articles', href.slice(SITE_PATHS.articles.length).split(/[/#]/)[0]!) : undefined;
    const to = item && !item.lang ? ui.link(href) : briefing.ui.withBase(href);
    return { text, href: to, ...(item?.lang ? { lang: item.lang } : {}) };
  });
}

function leadOf(briefing: Briefing, lead: ArticleItem): HomeLead {
  const first = lead.data.topics[0]!;
  return {
    ...briefing.ui.entry('articles', lead.id),
    title: lead.data.title,
    summary: lead.data.summary,
    published: lead.data.published,
    visibility: lead.data.visibility,
    kicker: briefing.topicTitles.get(first) ?? first,
  };
}
