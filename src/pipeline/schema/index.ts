// One schema per collection; every type in the project is inferred from these.
import { actorSchema } from './actor.ts';
import { articleSchema } from './article.ts';
import { pageSchema } from './page.ts';
import { daySchema } from './day.ts';
import { authorSchema } from './author.ts';
import { siteSchema } from './site.ts';
import { territorySchema } from './territory.ts';
import { topicSchema } from './topic.ts';
import { updateSchema } from './update.ts';
import { translationKey, translationSchemas } from './translation.ts';

export const schemas = {
  articles: articleSchema,
  actors: actorSchema,
  topics: topicSchema,
  pages: pageSchema,
  site: siteSchema,
  // Day notes (issue 18): the editor's takeaways per day.
  days: daySchema,
  // Editorial workflow (issue 16): the desk's people and claim status updates.
  authors: authorSchema,
  updates: updateSchema,
  /** content/<language>/<kind>/<id>.md: the schema depends on the kind (see schemaFor). */
  translations: translationSchemas.articles,
  territory: territorySchema,
} as const;

export type CollectionName = keyof typeof schemas;

/** The schema a file is checked against: translations take the one of their kind. */
export function schemaFor(collection: CollectionName, entryId: string) {
  if (collection === 'translations') return translationSchemas[translationKey(entryId).kind] ?? translationSchemas.articles;
  return schemas[collection];
}

export * from './actor.ts';
export * from './article.ts';
export * from './page.ts';
export * from './day.ts';
export * from './author.ts';
export * from './site.ts';
export * from './topic.ts';
export * from './update.ts';
export * from './translation.ts';
export * from './territory.ts';
export * from './regions.ts';
export { dateValue, ID_PATTERN } from './fields.ts';
