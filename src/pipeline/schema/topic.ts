import { z } from 'zod';
import { isoDate, plainText } from './fields.ts';

export const topicSchema = z.strictObject({
  /** Topic name, e.g. `Security guarantees`. */
  title: plainText(3, 80),
  /** One or two sentences on what the topic covers. */
  summary: plainText(20, 320),
  /** Position in menus and on the home page, lowest first. */
  order: z.number().int().min(0),
  /** One sentence: where things stand now. */
  status: plainText(10, 320),
  /** When the editors last checked that `status` still holds (ISO 8601, optional); shown beside it. */
  asOf: isoDate.optional(),
  /** What is still unresolved, one question per entry. Default: none. */
  openQuestions: z.array(plainText(5, 240)).default([]),
  /** Other words copy uses for the topic, in any language and script (the importer matches them). Default: none. */
  aliases: z.array(plainText(2, 80)).default([]),
});

export type Topic = z.infer<typeof topicSchema>;
