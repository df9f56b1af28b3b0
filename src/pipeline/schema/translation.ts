// Translations hold only the text of an item; dates, sources, statuses and references
// come from the original (DESIGN.md, "Translations"). One schema per kind of original,
// chosen by the folder: content/<language>/<kind>/<same id>.md.
import { z } from 'zod';
import { id, isoDate, plainText } from './fields.ts';

/** The kinds of original a translation can belong to, as folder names. */
export const TRANSLATABLE = ['articles', 'topics', 'actors', 'pages'] as const;
export type TranslatableKind = (typeof TRANSLATABLE)[number];

/** When the translator last brought the text in line with the original (ISO 8601). */
const translated = isoDate;

export const claimTranslationSchema = z.strictObject({
  /** The original claim's id; without one, the claim at the same position in the original. */
  id: id.optional(),
  /** The claim in one sentence, in this language. */
  text: plainText(10, 400),
});

export const articleTranslationSchema = z.strictObject({
  translated,
  /** Headline in this language, 10–160 characters. */
  title: plainText(10, 160),
  /** The dek in this language, 40–320 characters. */
  summary: plainText(40, 320),
  /** Key points in the original's order (optional). */
  keyPoints: z.array(plainText(3, 240)).max(6).optional(),
  /** Claim texts, by claim id or by position (optional). */
  claims: z.array(claimTranslationSchema).optional(),
  /** Timeline entry titles, in the original's order (optional). */
  events: z.array(plainText(5, 200)).optional(),
  /** Correction texts, in the original's order (optional). */
  corrections: z.array(plainText(10, 600)).optional(),
});

export const topicTranslationSchema = z.strictObject({
  translated,
  /** Topic name in this language. */
  title: plainText(3, 80),
  /** What the topic covers, in this language. */
  summary: plainText(20, 320),
  /** Where things stand, one sentence in this language. */
  status: plainText(10, 320),
  /** Open questions in the original's order (optional). */
  openQuestions: z.array(plainText(5, 240)).optional(),
});

export const actorTranslationSchema = z.strictObject({
  translated,
  /** The name as readers of this language write it, e.g. `Володимир Зеленський`. */
  name: plainText(2, 120),
  /** Office or function in this language. */
  role: plainText(2, 160),
  /** Country or organisation in this language (optional). */
  affiliation: plainText(2, 120).optional(),
});

export const pageTranslationSchema = z.strictObject({
  translated,
  /** Page title in this language. */
  title: plainText(3, 120),
  /** One or two sentences in this language. */
  summary: plainText(20, 320),
});

export const translationSchemas = {
  articles: articleTranslationSchema,
  topics: topicTranslationSchema,
  actors: actorTranslationSchema,
  pages: pageTranslationSchema,
} as const satisfies Record<TranslatableKind, z.ZodType>;

export type ArticleTranslation = z.infer<typeof articleTranslationSchema>;
export type TopicTranslation = z.infer<typeof topicTranslationSchema>;
export type ActorTranslation = z.infer<typeof actorTranslationSchema>;
export type PageTranslation = z.infer<typeof pageTranslationSchema>;
export type Translation = ArticleTranslation | TopicTranslation | ActorTranslation | PageTranslation;

/** `uk/articles/some-id` → its parts; the id of a translation entry is always of this form. */
export function translationKey(entryId: string): { language: string; kind: TranslatableKind; id: string } {
  const [language = '', kind = '', ...rest] = entryId.split('/');
  return { language, kind: kind as TranslatableKind, id: rest.join('/') };
}
