// The only module besides the loader that reads Astro's content store: it hands pages
// the whole briefing as plain data, once per build, for the helpers in src/site/.
import { getCollection } from 'astro:content';
import { ContentError, devContentErrors } from '../loader/dev-state.ts';
import { isPreviewBuild } from '../pipeline/visibility.ts';
import { claimLedger } from '../site/claim-ledger.ts';
import { dayPages } from '../site/days.ts';
import { dateFormatter } from '../site/format-date.ts';
import { pagesInOrder } from '../site/collection-filters.ts';
import { buildTime } from '../pipeline/visibility.ts';
import { newestFirst } from '../site/sort-articles.ts';
import { correctionsPolicyPath, METHODOLOGY_PAGE, statusLegendPath } from '../site/trust-pages.ts';
import { href } from './links.ts';
import type { ActorItem, ArticleItem, Briefing, PageItem, TopicItem } from '../site/briefing.ts';
import { snapshotsNewestFirst } from '../site/territory-map.ts';
import { editions, type Edition } from '../site/i18n/editions.ts';
import { localiseCollections, type TranslationState } from '../site/i18n/localise-briefing.ts';
import { makeUi } from '../site/i18n/ui.ts';

export type * from '../site/briefing.ts';

let cached: Promise<Briefing[]> | undefined;

async function load(): Promise<Briefing[]> {
  const [sites, allArticles, actors, topics, pages, days, authors, updates, territory, translations] = await Promise.all([
    getCollection('site'),
    getCollection('articles'),
    getCollection('actors'),
    getCollection('topics'),
    getCollection('pages'),
    getCollection('days'),
    getCollection('authors'),
    getCollection('updates'),
    getCollection('territory'),
    getCollection('translations'),
  ]);
  const site = sites[0]?.data;
  if (!site) throw new Error('content has no site settings (content/site.yaml)');
  const originalPages = pages;
  const orderedUpdates = [...updates].sort((a, b) => a.id.localeCompare(b.id));
  const all: Briefing[] = [];
  const everyEdition = () => Promise.resolve(all);
  for (const edition of editions(site)) {
    const local = edition.original
      ? { articles: allArticles, topics, actors, pages, translated: new Map<string, TranslationState>() }
      : localiseEdition(edition);
    all.push(briefingOf(edition, local));
  }
  return all;

  function localiseEdition(edition: Edition) {
    const l = localiseCollections({ articles: allArticles, withdrawn: [], topics, actors, pages, translations }, edition.language);
    return { articles: l.articles, topics: l.topics, actors: l.actors, pages: l.pages, translated: l.translated };
  }

  function briefingOf(
    edition: Edition,
    local: { articles: ArticleItem[]; topics: TopicItem[]; actors: ActorItem[]; pages: PageItem[]; translated: Map<string, TranslationState> },
  ): Briefing {
    const { topics, actors, pages } = local;
    const articles = local.articles.filter((a) => a.data.visibility !== 'withdrawn');
    const withdrawn = local.articles.filter((a) => a.data.visibility === 'withdrawn');
    const has = (kind: string, id: string) => local.translated.has(`${kind}/${id}`);
    const ui = makeUi({ edition, originalLanguage: site!.language, withBase: href, has });
    const legend = statusLegendPath(originalPages, pages);
    const policy = correctionsPolicyPath(originalPages, pages);
    const inEditionIfTranslated = (path: string) => (edition.original || has('pages', METHODOLOGY_PAGE) ? ui.link(path) : href(path));
    const ledger = claimLedger(local.articles, orderedUpdates, ui.m.timeline.reportTitle);
    return {
      site: site!,
      articles: newestFirst(articles),
      withdrawn: newestFirst(withdrawn),
      actors,
      topics,
      territory: snapshotsNewestFirst(territory),
      pages: pagesInOrder(pages),
      topicTitles: new Map(topics.map((t) => [t.id, t.data.title])),
      dayNotes: days,
      dayPages: dayPages({ articles, ledger, notes: days, timeZone: site!.timezone, now: buildTime() }),
      authors: [...authors].sort((a, b) => a.data.name.localeCompare(b.data.name) || a.id.localeCompare(b.id)),
      updates: orderedUpdates,
      translations,
      ledger,
      dates: dateFormatter(edition.language, site!.timezone),
      preview: import.meta.env.DEV || isPreviewBuild(),
      // The methodology page of this edition when translated, else the original's.
      ...(legend ? { legendHref: inEditionIfTranslated(legend) } : {}),
      ...(policy ? { policyHref: inEditionIfTranslated(policy) } : {}),
      ui,
      translated: local.translated,
      editions: everyEdition,
    };
  }
}

/** Every edition's briefing, the original first (site.yaml `languages` after it). */
export function loadEditions(): Promise<Briefing[]> {
  // In dev the store changes under us; a build reads it once. Broken content shows as
  // Astro's error overlay on every page, not only in the terminal.
  if (import.meta.env.DEV) {
    const errors = devContentErrors();
    return errors ? Promise.reject(new ContentError(errors)) : load();
  }
  cached ??= load();
  return cached;
}

/** The original edition's briefing. */
export async function loadBriefing(): Promise<Briefing> {
  return (await loadEditions())[0]!;
}

/** The briefing of the edition a page's path is in (`/uk/…` → uk). */
export async function briefingForPath(path: string): Promise<Briefing> {
  const all = await loadEditions();
  return all.find((b) => !b.ui.edition.original && (path === b.ui.edition.prefix || path.startsWith(`${b.ui.edition.prefix}/`))) ?? all[0]!;
}

/** getStaticPaths entries for one page per edition: `[...edition]` is undefined for the original. */
export async function editionPaths(): Promise<Array<{ params: { edition: string | undefined }; props: { briefing: Briefing } }>> {
  return (await loadEditions()).map((briefing) => ({ params: { edition: briefing.ui.edition.prefix.slice(1) || undefined }, props: { briefing } }));
}
