// What the loader stores per entry: the validated frontmatter plus the facts derived
// from the file that pages read (where it lives; an article's length). Types for pages
// come from here. Nothing is stored that no page reads: excerpts, the headings of all but
// the trust pages, and actors' or topics' word counts were, and went.
import { z } from 'zod';
import {
  actorSchema,
  articleSchema,
  authorSchema,
  daySchema,
  pageSchema,
  siteSchema,
  territorySchema,
  topicSchema,
  TRANSLATABLE,
  updateSchema,
} from '../pipeline/schema/index.ts';
import { VISIBILITIES } from '../pipeline/visibility.ts';

const derived = {
  /** Project-relative source path, for "edit this page" links and error messages. */
  file: z.string(),
};

export const storedArticleSchema = articleSchema.safeExtend({
  ...derived,
  /** Words in the body, for JSON-LD's `wordCount`. */
  wordCount: z.number(),
  /** Reading time in whole minutes, shown under the headline. */
  readingMinutes: z.number(),
  /** `public`, `withdrawn` (a notice page), or `draft` / `scheduled` (only in previews). */
  visibility: z.enum(VISIBILITIES),
});
export const storedActorSchema = actorSchema.safeExtend(derived);
export const storedTopicSchema = topicSchema.safeExtend(derived);
export const storedPageSchema = pageSchema.safeExtend({
  ...derived,
  /** The page's headings: badges and legends link the methodology's sections by them. */
  headings: z.array(z.object({ depth: z.number(), id: z.string(), text: z.string() })),
});
export const storedSiteSchema = siteSchema;
/** A day note: its takeaways, and the rendered note below them (the body may be empty). */
export const storedDaySchema = daySchema.safeExtend(derived);
export const storedAuthorSchema = authorSchema.safeExtend(derived);
export const storedUpdateSchema = updateSchema.safeExtend(derived);
/** A translation as stored: its text fields (by kind) plus where it belongs. */
export const storedTranslationSchema = z.looseObject({
  ...derived,
  /** Language code, e.g. `uk`. */
  language: z.string(),
  /** Kind of the original: articles, topics, actors or pages. */
  kind: z.enum(TRANSLATABLE),
  /** Id of the original. */
  original: z.string(),
  translated: z.string(),
});
export const storedTerritorySchema = territorySchema.safeExtend(derived);
