// content/days/<yyyy-mm-dd>.md: the editor's takeaways for one day of the story. The day
// itself is the file name (checked by discover-files.ts); the rest of the day page is
// assembled from the items, so the note holds only what a person must write.
import { z } from 'zod';
import { httpsUrl, id, plainText } from './fields.ts';

export const takeawaySchema = z.strictObject({
  /** One sentence: what a reader should know from this day. */
  text: plainText(10, 300),
  /** Id of the item (content/articles/) that backs the takeaway; it must exist and be public (optional). */
  item: id.optional(),
  /** Where the takeaway comes from when no item covers it; https only (optional). */
  source: httpsUrl.optional(),
});

export const daySchema = z.strictObject({
  /** The day's takeaways, most important first: one to eight sentences. */
  takeaways: z.array(takeawaySchema).min(1).max(8),
});

export type Day = z.infer<typeof daySchema>;
export type Takeaway = z.infer<typeof takeawaySchema>;
