// What the loader stores per entry: the validated frontmatter plus the facts derived
// from the file (where it lives, reading time, headings). Types for pages come from here.
import { z } from 'zod';
import { actorSchema, articleSchema, siteSchema, territorySchema, topicSchema } from '../pipeline/schema/index.ts';
import { VISIBILITIES } from '../pipeline/visibility.ts';

const derived = {
  /** Project-relative source path, for "edit this page" links and error messages. */
  file: z.string(),
  wordCount: z.number(),
  readingMinutes: z.number(),
  headings: z.array(z.object({ depth: z.number(), id: z.string(), text: z.string() })),
};

export const storedArticleSchema = articleSchema.safeExtend({
  ...derived,
  /** `public`, or `draft` / `scheduled` (present only in `npm run dev`). */
  visibility: z.enum(VISIBILITIES),
  /** Plain text of the body, shortened: for feeds and meta descriptions. */
  excerpt: z.string(),
});
export const storedActorSchema = actorSchema.safeExtend(derived);
export const storedTopicSchema = topicSchema.safeExtend(derived);
export const storedSiteSchema = siteSchema;
export const storedTerritorySchema = territorySchema.safeExtend(derived);
