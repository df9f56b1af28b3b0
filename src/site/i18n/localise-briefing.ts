// A translated edition's collections: each entry with a translation gets the translation's
// text (and body) over the original's facts; an entry without one stays as it is, and the
// edition says it has no page for it (lists link the original, marked as its language).
// Pure: the loader's entries in, the edition's entries and what is translated out.
import { localiseArticle, staleness, translationIndex, type Staleness, type TranslatableKind } from '../translations.ts';
import type { ActorData, ArticleData, PageData, TopicData, TranslationEntry } from '../types.ts';

interface Entry<D> {
  id: string;
  data: D;
  rendered?: { html: string; metadata?: unknown } | undefined;
}

export interface TranslationState {
  /** When the translation was last brought in line with the original. */
  translated: string;
  /** What changed in the original since then; absent when it is current. */
  stale?: Staleness;
}

export interface LocalisedCollections<A, T, C, P> {
  articles: A[];
  withdrawn: A[];
  topics: T[];
  actors: C[];
  pages: P[];
  /** `articles/<id>` etc. → the translation's date and staleness, for every translated entry. */
  translated: Map<string, TranslationState>;
}

type TranslationText = TranslationEntry['data'] & Record<string, unknown>;

function over<E extends Entry<unknown>>(entry: E, data: E['data'], translation: TranslationEntry & { rendered?: Entry<unknown>['rendered'] }): E {
  // A translation without a body keeps the original's, so the page is never empty.
  return { ...entry, data, ...(translation.rendered?.html ? { rendered: translation.rendered } : {}) };
}

export function localiseCollections<A extends Entry<ArticleData>, T extends Entry<TopicData>, C extends Entry<ActorData>, P extends Entry<PageData>>(
  input: {
    articles: readonly A[];
    withdrawn: readonly A[];
    topics: readonly T[];
    actors: readonly C[];
    pages: readonly P[];
    translations: readonly (TranslationEntry & { rendered?: Entry<unknown>['rendered'] })[];
  },
  language: string,
): LocalisedCollections<A, T, C, P> {
  const index = translationIndex(input.translations, language);
  const translated = new Map<string, TranslationState>();
  const find = (kind: TranslatableKind, id: string) =>
    index.get(`${kind}/${id}`) as (TranslationEntry & { data: TranslationText; rendered?: Entry<unknown>['rendered'] }) | undefined;
  const note = (kind: TranslatableKind, id: string, when: string, stale?: Staleness) =>
    translated.set(`${kind}/${id}`, { translated: when, ...(stale ? { stale } : {}) });
  const article = (entry: A): A => {
    const t = find('articles', entry.id);
    if (!t) return entry;
    note('articles', entry.id, t.data.translated, staleness(entry.data, t.data.translated));
    return over(entry, localiseArticle(entry.data, t.data as Parameters<typeof localiseArticle>[1]).data, t);
  };
  const text =
    <E extends Entry<object>>(kind: TranslatableKind, fields: readonly string[]) =>
    (entry: E): E => {
      const t = find(kind, entry.id);
      if (!t) return entry;
      note(kind, entry.id, t.data.translated);
      const data: Record<string, unknown> = { ...entry.data };
      for (const field of fields) if (t.data[field] !== undefined) data[field] = t.data[field];
      return over(entry, data as E['data'], t);
    };
  return {
    articles: input.articles.map(article),
    withdrawn: input.withdrawn.map(article),
    topics: input.topics.map(text<T>('topics', ['title', 'summary', 'status', 'openQuestions'])),
    actors: input.actors.map(text<C>('actors', ['name', 'role', 'affiliation'])),
    pages: input.pages.map((entry) => {
      const localised = text<P>('pages', ['title', 'summary'])(entry);
      // The translation's own headings, so links to a section land on its ids.
      const headings = (localised.rendered?.metadata as { headings?: Array<{ depth: number; slug: string; text: string }> } | undefined)?.headings;
      if (localised === entry || !headings) return localised;
      return { ...localised, data: { ...localised.data, headings: headings.map((h) => ({ depth: h.depth, id: h.slug, text: h.text })) } };
    }),
    translated,
  };
}
