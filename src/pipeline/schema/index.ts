// One schema per collection; every type in the project is inferred from these.
import { actorSchema } from './actor.ts';
import { articleSchema } from './article.ts';
import { pageSchema } from './page.ts';
import { daySchema } from './day.ts';
import { authorSchema } from './author.ts';
import { siteSchema } from './site.ts';
import { topicSchema } from './topic.ts';
import { updateSchema } from './update.ts';

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
} as const;

export type CollectionName = keyof typeof schemas;

export * from './actor.ts';
export * from './article.ts';
export * from './page.ts';
export * from './day.ts';
export * from './author.ts';
export * from './site.ts';
export * from './topic.ts';
export * from './update.ts';
export { dateValue, ID_PATTERN } from './fields.ts';
