// The plain shapes the view helpers work on: what getCollection returns, minus Astro.
// Tests build these from fixtures; pages pass the collections straight through.
import type { z } from 'zod';
import type {
  storedActorSchema,
  storedArticleSchema,
  storedAuthorSchema,
  storedDaySchema,
  storedPageSchema,
  storedSiteSchema,
  storedTerritorySchema,
  storedTopicSchema,
  storedTranslationSchema,
  storedUpdateSchema,
} from '../loader/stored-schemas.ts';

export type ArticleData = z.output<typeof storedArticleSchema>;
export type ActorData = z.output<typeof storedActorSchema>;
export type TopicData = z.output<typeof storedTopicSchema>;
export type PageData = z.output<typeof storedPageSchema>;
export type SiteSettings = z.output<typeof storedSiteSchema>;
export type DayData = z.output<typeof storedDaySchema>;
export type AuthorData = z.output<typeof storedAuthorSchema>;
export type UpdateData = z.output<typeof storedUpdateSchema>;
export type TranslationData = z.output<typeof storedTranslationSchema>;

export interface ArticleEntry {
  id: string;
  data: ArticleData;
}
export interface ActorEntry {
  id: string;
  data: ActorData;
}
export interface PageEntry {
  id: string;
  data: PageData;
}
export interface DayEntry {
  /** The day, `yyyy-mm-dd` (the file name). */
  id: string;
  data: DayData;
  rendered?: { html: string } | undefined;
}
export interface TranslationEntry {
  id: string;
  data: TranslationData;
}
export interface TopicEntry {
  id: string;
  data: TopicData;
}

export interface AuthorEntry {
  id: string;
  data: AuthorData;
}
export interface UpdateEntry {
  id: string;
  data: Pick<UpdateData, 'date' | 'claims'>;
}

/** A link target inside the site: a path without the deploy base, and its text. */
export interface SiteLink {
  label: string;
  path: string;
}

export type TerritoryData = z.output<typeof storedTerritorySchema>;
export interface TerritoryEntry {
  id: string;
  data: TerritoryData;
}
