// What the loader stores per entry: the validated frontmatter plus the facts derived
// from the file that pages read (where it lives; an article's length). Types for pages
// come from here. Nothing is stored that no page reads: headings, excerpts and actors' or
// topics' word counts were, and went.
import { z } from 'zod';
import { actorSchema, articleSchema, siteSchema, topicSchema } from '../pipeline/schema/index.ts';
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
  /** `public`, or `draft` / `scheduled` (present only in `npm run dev`). */
  visibility: z.enum(VISIBILITIES),
});
export const storedActorSchema = actorSchema.safeExtend(derived);
export const storedTopicSchema = topicSchema.safeExtend(derived);
export const storedSiteSchema = siteSchema;
