// The plain shapes the view helpers work on: what getCollection returns, minus Astro.
// Tests build these from fixtures; pages pass the collections straight through.
import type { z } from 'zod';
import type { storedActorSchema, storedArticleSchema, storedSiteSchema, storedTopicSchema, storedTranslationSchema } from '../loader/stored-schemas.ts';

export type ArticleData = z.output<typeof storedArticleSchema>;
export type ActorData = z.output<typeof storedActorSchema>;
export type TopicData = z.output<typeof storedTopicSchema>;
export type SiteSettings = z.output<typeof storedSiteSchema>;
export type TranslationData = z.output<typeof storedTranslationSchema>;

export interface ArticleEntry {
  id: string;
  data: ArticleData;
}
export interface ActorEntry {
  id: string;
  data: ActorData;
}
export interface TranslationEntry {
  id: string;
  data: TranslationData;
}
export interface TopicEntry {
  id: string;
  data: TopicData;
}

/** A link target inside the site: a path without the deploy base, and its text. */
export interface SiteLink {
  label: string;
  path: string;
}
