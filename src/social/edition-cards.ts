// The cards of a translated edition: one per translated item and topic, in the
// translation's words, with the edition's name, its status words and its date style.
// Untranslated entries get none: their pages (the English ones) have their English card.
import { claimStatusWords } from '../site/i18n/claim-status-words.ts';
import { localiseArticle, translationIndex } from '../site/translations.ts';
import type { ArticleData, TopicData, TranslationEntry } from '../site/types.ts';
import type { ClaimStatus } from '../pipeline/schema/index.ts';
import { articleCard, cardWords, claimStatusLine } from './card-content.ts';
import { topicCard } from './card-content.ts';
import type { CardContent } from './card-layout.ts';

export interface EditionCardInput {
  language: string;
  /** The edition's own name (site.yaml `languages[].title`). */
  title: string;
  articles: ReadonlyArray<{ id: string; data: ArticleData }>;
  topics: ReadonlyArray<{ id: string; data: TopicData }>;
  translations: readonly TranslationEntry[];
  /** Day in the edition's language and the site's time zone. */
  day: (iso: string) => string;
  /** An item's claims: their status now and as this item reported it. */
  claims: (articleId: string) => ReadonlyArray<{ status: ClaimStatus; reportedHere: ClaimStatus }>;
}

export interface EditionCard {
  id: string;
  card: CardContent;
}

type LocalText = Parameters<typeof localiseArticle>[1];

export function editionTopicCards(input: EditionCardInput): EditionCard[] {
  const index = translationIndex(input.translations, input.language);
  return input.topics.flatMap((topic) => {
    const t = index.get(`topics/${topic.id}`)?.data as { title?: string; status?: string } | undefined;
    if (!t) return [];
    return [
      {
        id: topic.id,
        card: topicCard({ data: { title: t.title ?? topic.data.title, status: t.status ?? topic.data.status } }, input.title, cardWords(input.language)),
      },
    ];
  });
}

export function editionArticleCards(input: EditionCardInput): EditionCard[] {
  const index = translationIndex(input.translations, input.language);
  const topics = input.topics.map((topic) => ({
    id: topic.id,
    data: { title: (index.get(`topics/${topic.id}`)?.data.title as string | undefined) ?? topic.data.title },
  }));
  const words = claimStatusWords(input.language);
  return input.articles.flatMap((article) => {
    const t = index.get(`articles/${article.id}`);
    if (!t) return [];
    const { data } = localiseArticle(article.data, t.data as LocalText);
    const claims = input.claims(article.id).map((c) => ({ status: words[c.status], reportedHere: words[c.reportedHere] }));
    return [{ id: article.id, card: articleCard({ data }, topics, input.title, input.day, claimStatusLine(claims, cardWords(input.language))) }];
  });
}
