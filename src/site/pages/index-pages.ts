// The section indexes of every edition: all items by month (`/articles/`), the topics'
// state of play (`/topics/`), the who's-who (`/actors/`), the desk (`/authors/`) and the
// day pages (`/days/`). Each list comes sorted and its links resolved.
import { entryPath } from '../../pipeline/routes.ts';
import type { ActorItem, ArticleItem, Briefing, TopicItem } from '../briefing.ts';
import { authorIndex } from '../authors.ts';
import { breadcrumbs, type Crumb } from '../breadcrumbs.ts';
import { dayHeadline, daySummaryParts } from '../day-text.ts';
import { groupByMonth, type MonthGroup } from '../group-by-month.ts';
import { stateOfPlay, type TopicState } from '../home-page.ts';
import { SITE_PATHS } from '../site-names.ts';
import { whoIsWho, type WhoIsWhoEntry } from '../who-is-who.ts';
import { digestFeed, editionPath, type PageHead } from './page-head.ts';

interface IndexPage {
  head: PageHead;
  crumbs: Crumb[];
}

export interface ArticlesIndexModel extends IndexPage {
  /** Newest month first, newest item first inside it. */
  months: MonthGroup<ArticleItem>[];
  topicTitles: ReadonlyMap<string, string>;
}

export function articlesIndexPage(briefing: Briefing): ArticlesIndexModel {
  const { m, edition } = briefing.ui;
  return {
    head: { title: m.items.title, description: m.items.description(edition.title), path: editionPath(briefing.ui, SITE_PATHS.articles) },
    crumbs: breadcrumbs(undefined, m.crumbs.items, m),
    months: groupByMonth(briefing.articles, (article) => briefing.dates.month(article.data.published)),
    topicTitles: briefing.topicTitles,
  };
}

export interface TopicsIndexModel extends IndexPage {
  /** Every topic in the editors' order, with its newest item. */
  states: TopicState<TopicItem, ArticleItem>[];
}

export function topicsIndexPage(briefing: Briefing): TopicsIndexModel {
  const { m, edition } = briefing.ui;
  return {
    head: { title: m.topics.title, description: m.topics.description(edition.title), path: editionPath(briefing.ui, SITE_PATHS.topics) },
    crumbs: breadcrumbs(undefined, m.topics.title, m),
    states: stateOfPlay(briefing.topics, briefing.articles),
  };
}

export interface ActorsIndexModel extends IndexPage {
  /** Every actor by name, with their two latest claims. */
  entries: WhoIsWhoEntry<ActorItem>[];
  legendHref?: string;
}

export function actorsIndexPage(briefing: Briefing): ActorsIndexModel {
  const { m, edition, language } = briefing.ui;
  return {
    head: { title: m.actors.title, description: m.actors.description(edition.title), path: editionPath(briefing.ui, SITE_PATHS.actors) },
    crumbs: breadcrumbs(undefined, m.actors.title, m),
    entries: whoIsWho(briefing.actors, briefing.ledger, language),
    ...(briefing.legendHref ? { legendHref: briefing.legendHref } : {}),
  };
}

export interface AuthorRow {
  href: string;
  name: string;
  role: string;
  /** Items written, items reviewed. */
  items: number;
  reviews: number;
}

export interface AuthorsIndexModel extends IndexPage {
  /** By name. */
  authors: AuthorRow[];
}

export function authorsIndexPage(briefing: Briefing): AuthorsIndexModel {
  const { ui } = briefing;
  const { m, edition } = ui;
  return {
    head: { title: m.authors.title, description: m.authors.description(edition.title), path: editionPath(ui, SITE_PATHS.authors) },
    crumbs: breadcrumbs(undefined, m.authors.title, m),
    authors: authorIndex(briefing.authors, briefing.articles).map(({ author, items, reviews }) => ({
      href: ui.link(entryPath.authors(author.id)),
      name: author.data.name,
      role: author.data.role,
      items,
      reviews,
    })),
  };
}

export interface DayRow {
  href: string;
  headline: string;
  /** The day's lead (its first takeaway or item) and the language it is in when not the page's. */
  lead?: string;
  leadLang?: string;
  /** The rest of the day's summary line after the lead. */
  rest: string;
}

export interface DaysIndexModel extends IndexPage {
  digestHref: string;
  /** Newest first. */
  days: DayRow[];
}

export function daysIndexPage(briefing: Briefing): DaysIndexModel {
  const { ui, dates } = briefing;
  const { m, edition } = ui;
  return {
    head: { title: m.days.title, description: m.days.description(edition.title), path: editionPath(ui, SITE_PATHS.days), feeds: [digestFeed(ui)] },
    crumbs: breadcrumbs(undefined, m.crumbs.days, m),
    digestHref: briefing.ui.withBase(SITE_PATHS.digestFeed),
    days: briefing.dayPages.map((page) => {
      const { lead, itemId, rest } = daySummaryParts(page, m);
      const leadLang = itemId ? ui.entry('articles', itemId).lang : ui.foreign;
      return {
        href: ui.link(page.path),
        headline: dayHeadline(page.date, dates, m),
        ...(lead !== undefined ? { lead } : {}),
        ...(leadLang ? { leadLang } : {}),
        rest,
      };
    }),
  };
}
