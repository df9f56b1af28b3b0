import { z } from 'zod';
import { plainText } from './fields.ts';

/** An editor-written static page (`content/pages/<id>.md`, served at `/<id>/`), such as About or Methodology. */
export const pageSchema = z.strictObject({
  /** Page title, e.g. `About this briefing`. */
  title: plainText(3, 120),
  /** One or two sentences on what the page says, for the page's dek and search results. */
  summary: plainText(20, 320),
  /** Position in the footer's list of pages, lowest first. */
  order: z.number().int().min(0),
});

export type Page = z.infer<typeof pageSchema>;
