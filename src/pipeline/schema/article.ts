// An item's frontmatter: its fields and the sub-objects editors write inside it (sources,
// claims, events, corrections, picture); the rules across fields are in article-rules.ts.
import { z } from 'zod';
import { articleRules } from './article-rules.ts';
import { httpsUrl, id, idList, isoDate, plainText } from './fields.ts';

/** The statuses a claim can have, from first report to verdict. */
export const CLAIM_STATUSES = ['claimed', 'unconfirmed', 'confirmed', 'disputed', 'denied', 'retracted'] as const;

export const sourceSchema = z.strictObject({
  /** Outlet or publisher as readers know it, e.g. `Reuters` or `The White House`. */
  name: plainText(2, 120),
  /** The exact document or programme, e.g. `Remarks by President Trump before bilateral meeting` (optional; shown as the link text). */
  title: plainText(3, 240).optional(),
  /** Address of the exact document (not a home page or section front); https only. */
  url: httpsUrl,
  /** When the source itself was published (optional). */
  published: isoDate.optional(),
  /** When the editor last read it (optional). */
  accessed: isoDate.optional(),
});

export const imageSchema = z.strictObject({
  /** The picture: `./file.jpg` next to the item or `/images/file.jpg` in content/images/; JPEG, PNG, WebP or AVIF. */
  src: z.string().min(1),
  /** What the picture shows, for readers who cannot see it; not its file name. */
  alt: plainText(0, 300),
  /** Who made it (photographer, agency, or the newsroom for its own graphics). */
  credit: plainText(2, 160),
  /** A line shown under the picture (optional). */
  caption: plainText(3, 300).optional(),
});

export const claimSchema = z.strictObject({
  /** Stable id shared by every article that tracks this claim; omit for a one-off claim. */
  id: id.optional(),
  /** The claim in one sentence, attributed by `by`. */
  text: plainText(10, 400),
  /** Actor id of who made the claim. */
  by: id,
  /** Where the claim stands as of this article. */
  status: z.enum(CLAIM_STATUSES),
  /** Where the claim was made or checked; https only (optional). */
  source: httpsUrl.optional(),
  /** Why the status is what it is as of this item, in a sentence (optional; shown in the claim's history). */
  note: plainText(3, 400).optional(),
});

export const eventSchema = z.strictObject({
  /** When it happened (ISO 8601). */
  date: isoDate,
  /** What happened, in a line. */
  title: plainText(5, 200),
  /** Topic ids the event belongs to; defaults to the article's topics. */
  topics: idList(1).optional(),
});

export const correctionSchema = z.strictObject({
  /** When the correction was made. */
  date: isoDate,
  /** What was wrong and what is right now. */
  text: plainText(10, 600),
});

export const withdrawalSchema = z.strictObject({
  /** When the item was withdrawn (ISO 8601). */
  date: isoDate,
  /** Why, in a sentence or two, shown on the notice that replaces the item. */
  reason: plainText(10, 400),
});

/** `draft` and `published`, and `withdrawn` for an item taken back (its URL keeps a notice). */
export const ARTICLE_STATUSES = ['draft', 'published', 'withdrawn'] as const;

export const articleSchema = z
  .strictObject({
    /** Headline, 10–160 characters of plain text. */
    title: plainText(10, 160),
    /** The dek: one or two plain-text sentences, 40–320 characters. */
    summary: plainText(40, 320),
    /** First publication, ISO 8601 date or date-time with offset; a future date schedules the item. */
    published: isoDate,
    /** Last substantive update; not before `published` (optional). */
    updated: isoDate.optional(),
    /** `draft` items are checked but left out of production builds; `withdrawn` needs `withdrawn`. Default: `published`. */
    status: z.enum(ARTICLE_STATUSES).default('published'),
    /** Date and reason of a withdrawal; only with `status: withdrawn` (required then). */
    withdrawn: withdrawalSchema.optional(),
    /** Author ids (files in content/authors/) for the byline. Default: none. */
    authors: idList(0).default([]),
    /** Author id of who checked the item before publication (optional; required with requireReview). */
    reviewedBy: id.optional(),
    /** Topic ids (files in content/topics/), at least one. */
    topics: idList(1),
    /** Actor ids (files in content/actors/) the item is about. Default: none. */
    actors: idList(0).default([]),
    /** Where the facts come from, at least one. */
    sources: z.array(sourceSchema).min(1),
    /** Up to six short plain-text bullets shown above the body (optional). */
    keyPoints: z.array(plainText(3, 240)).max(6).optional(),
    /** Claims reported in this item, each attributed to an actor (optional). */
    claims: z.array(claimSchema).optional(),
    /** Timeline entries this item establishes (optional). */
    events: z.array(eventSchema).optional(),
    /** Log of corrections, shown on the page (optional). */
    corrections: z.array(correctionSchema).optional(),
    /** Lead picture, shown under the headline and on the social card (optional). */
    image: imageSchema.optional(),
    /** Territory snapshot to show as a map, by id (a file name in content/territory/) (optional). */
    map: id.optional(),
  })
  .superRefine(articleRules);

export type Article = z.infer<typeof articleSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Withdrawal = z.infer<typeof withdrawalSchema>;
export type ArticleImage = z.infer<typeof imageSchema>;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
