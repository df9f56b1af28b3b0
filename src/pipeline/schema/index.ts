// One schema per collection; every type in the project is inferred from these.
import { actorSchema } from './actor.ts';
import { articleSchema } from './article.ts';
import { siteSchema } from './site.ts';
import { territorySchema } from './territory.ts';
import { topicSchema } from './topic.ts';

export const schemas = {
  articles: articleSchema,
  actors: actorSchema,
  topics: topicSchema,
  site: siteSchema,
  territory: territorySchema,
} as const;

export type CollectionName = keyof typeof schemas;

export * from './actor.ts';
export * from './article.ts';
export * from './site.ts';
export * from './topic.ts';
export * from './territory.ts';
export * from './regions.ts';
export { dateValue, ID_PATTERN } from './fields.ts';
