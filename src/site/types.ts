// The plain shapes the view helpers work on: what getCollection returns, minus Astro.
// Tests build these from fixtures; pages pass the collections straight through.
import type { z } from 'zod';
import type { storedActorSchema, storedArticleSchema, storedSiteSchema, storedTerritorySchema, storedTopicSchema } from '../loader/stored-schemas.ts';

export type ArticleData = z.output<typeof storedArticleSchema>;
export type ActorData = z.output<typeof storedActorSchema>;
export type TopicData = z.output<typeof storedTopicSchema>;
export type SiteSettings = z.output<typeof storedSiteSchema>;

export interface ArticleEntry {
  id: string;
  data: ArticleData;
}
export interface ActorEntry {
  id: string;
  data: ActorData;
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

export type TerritoryData = z.output<typeof storedTerritorySchema>;
export interface TerritoryEntry {
  id: string;
  data: TerritoryData;
}
