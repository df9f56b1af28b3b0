// The collections as read from the content store -> one Briefing per edition. Pure: the
// loader (src/data/load-briefing.ts) reads Astro's store and hands the entries here, and
// the page view models' tests build a briefing the same way from plain entries.
import type { ActorItem, ArticleItem, Briefing, DayItem, PageItem, TerritoryItem, TopicItem, TranslationItem, UpdateItem, AuthorItem } from './briefing.ts';
import { claimLedger } from './claim-ledger.ts';
import { byName, pagesInOrder } from './sort-orders.ts';
import { dayPages } from './days.ts';
import { dateFormatter } from './format-date.ts';
import { editions, type Edition } from './i18n/editions.ts';
import { localiseCollections, type TranslationState } from './i18n/localise-briefing.ts';
import { makeUi } from './i18n/ui.ts';
import { newestFirst } from './sort-articles.ts';
import { snapshotsNewestFirst } from './territory-map.ts';
import { correctionsPolicyPath, METHODOLOGY_PAGE, statusLegendPath } from './trust-pages.ts';
import type { SiteSettings } from './types.ts';

/** Every collection of the content store, as the loader gives them. */
export interface BriefingSources {
  site: SiteSettings;
  articles: ArticleItem[];
  actors: ActorItem[];
  topics: TopicItem[];
  pages: PageItem[];
  days: DayItem[];
  authors: AuthorItem[];
  updates: UpdateItem[];
  territory: TerritoryItem[];
  translations: TranslationItem[];
}

export interface AssembleOptions {
  /** Puts the deploy base in front of a site path. */
  withBase: (path: string) => string;
  /** The build's time (ms), which decides the day pages. */
  now: number;
  /** A preview build: drafts shown, banner and noindex on every page. */
  preview: boolean;
}

interface Local {
  articles: ArticleItem[];
  topics: TopicItem[];
  actors: ActorItem[];
  pages: PageItem[];
  translated: Map<string, TranslationState>;
}

/** Every edition's briefing, the original first (site.yaml `languages` after it). */
export function assembleBriefings(sources: BriefingSources, options: AssembleOptions): Briefing[] {
  const { site } = sources;
  const updates = [...sources.updates].sort((a, b) => a.id.localeCompare(b.id));
  const all: Briefing[] = [];
  const everyEdition = () => Promise.resolve(all);
  for (const edition of editions(site)) {
    const local: Local = edition.original
      ? { articles: sources.articles, topics: sources.topics, actors: sources.actors, pages: sources.pages, translated: new Map() }
      : localiseCollections(
          {
            articles: sources.articles,
            withdrawn: [],
            topics: sources.topics,
            actors: sources.actors,
            pages: sources.pages,
            translations: sources.translations,
          },
          edition.language,
        );
    all.push(briefingOf(edition, local));
  }
  return all;

  function briefingOf(edition: Edition, local: Local): Briefing {
    const { topics, actors, pages } = local;
    const { withBase } = options;
    const articles = local.articles.filter((a) => a.data.visibility !== 'withdrawn');
    const withdrawn = local.articles.filter((a) => a.data.visibility === 'withdrawn');
    const has = (kind: string, id: string) => local.translated.has(`${kind}/${id}`);
    const ui = makeUi({ edition, originalLanguage: site.language, withBase, has });
    const legend = statusLegendPath(sources.pages, pages);
    const policy = correctionsPolicyPath(sources.pages, pages);
    const inEditionIfTranslated = (path: string) => (edition.original || has('pages', METHODOLOGY_PAGE) ? ui.link(path) : withBase(path));
    const ledger = claimLedger(local.articles, updates, ui.m.timeline.reportTitle);
    return {
      site,
      articles: newestFirst(articles),
      withdrawn: newestFirst(withdrawn),
      actors,
      topics,
      territory: snapshotsNewestFirst(sources.territory),
      pages: pagesInOrder(pages),
      topicTitles: new Map(topics.map((t) => [t.id, t.data.title])),
      dayNotes: sources.days,
      dayPages: dayPages({ articles, ledger, notes: sources.days, timeZone: site.timezone, now: options.now }),
      authors: byName(sources.authors, edition.language),
      updates,
      translations: sources.translations,
      ledger,
      dates: dateFormatter(edition.language, site.timezone),
      preview: options.preview,
      // The methodology page of this edition when translated, else the original's.
      ...(legend ? { legendHref: inEditionIfTranslated(legend) } : {}),
      ...(policy ? { policyHref: inEditionIfTranslated(policy) } : {}),
      ui,
      translated: local.translated,
      editions: everyEdition,
    };
  }
}
