// A translated edition's feeds are the original's, read through its translations: the
// translated text and the edition's page for whatever has a translation; for an item
// without one, its English title and summary marked with their language (Atom xml:lang,
// JSON Feed `language`, RSS dc:language) and a link to the English page, as the
// edition's lists show it. Nothing is left out, so a subscriber misses no story.
import { entryPath } from '../pipeline/routes.ts';
import type { FeedArticle, FeedInput } from './build-feeds.ts';
import type { FeedLedger } from './item-ledger.ts';

export interface EditionFeedTranslation {
  kind: 'articles' | 'topics' | 'actors' | 'pages';
  /** Id of the original. */
  original: string;
  data: { title?: string; summary?: string; name?: string; role?: string; affiliation?: string };
  /** The body as feeds carry it (the renderer's feed HTML; its site links point into the edition); none when empty. */
  html?: string | undefined;
}

export interface FeedEdition {
  language: string;
  /** `/uk`. */
  prefix: string;
  title: string;
  description: string;
}

function byKey(translations: readonly EditionFeedTranslation[]): Map<string, EditionFeedTranslation> {
  return new Map(translations.map((t) => [`${t.kind}/${t.original}`, t]));
}

function localArticle(
  article: FeedArticle,
  t: EditionFeedTranslation | undefined,
  edition: FeedEdition,
  original: string,
  ledger: FeedLedger | undefined,
): FeedArticle {
  if (!t) return { ...article, language: original };
  // A translation without a body gives the summary only, never the English body under a Ukrainian headline.
  const { html: _english, ...rest } = article;
  return {
    ...rest,
    data: { ...article.data, title: t.data.title ?? article.data.title, summary: t.data.summary ?? article.data.summary },
    ...(t.html?.trim() ? { html: t.html } : {}),
    ...((ledger ?? article.ledger) ? { ledger: ledger ?? article.ledger } : {}),
    path: `${edition.prefix}${entryPath.articles(article.id)}`,
  };
}

/**
 * The feed input of one translated edition. `ledgers` holds, by article id, the ledger in
 * the edition's words (claim texts, names, status words); others keep the original's.
 */
export function editionFeedInput(
  base: FeedInput,
  edition: FeedEdition,
  translations: readonly EditionFeedTranslation[],
  ledgers: ReadonlyMap<string, FeedLedger> = new Map(),
): FeedInput {
  const index = byKey(translations);
  const original = base.settings.language;
  return {
    ...base,
    settings: { ...base.settings, title: edition.title, description: edition.description, language: edition.language },
    prefix: edition.prefix,
    originalLanguage: original,
    articles: base.articles.map((a) => localArticle(a, index.get(`articles/${a.id}`), edition, original, ledgers.get(a.id))),
    topics: base.topics.map((topic) => {
      const t = index.get(`topics/${topic.id}`);
      if (!t) return topic;
      return {
        id: topic.id,
        path: `${edition.prefix}${entryPath.topics(topic.id)}`,
        data: { title: t.data.title ?? topic.data.title, summary: t.data.summary ?? topic.data.summary },
      };
    }),
    actors: base.actors.map((actor) => {
      const t = index.get(`actors/${actor.id}`);
      if (!t) return actor;
      const { name = actor.data.name, role = actor.data.role, affiliation = actor.data.affiliation } = t.data;
      return { id: actor.id, path: `${edition.prefix}${entryPath.actors(actor.id)}`, data: { name, role, affiliation } };
    }),
  };
}
