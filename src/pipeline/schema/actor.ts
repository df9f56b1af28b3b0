import { z } from 'zod';
import { httpsUrl, plainText } from './fields.ts';

export const actorLinkSchema = z.strictObject({
  /** Link text, e.g. `Official website`. */
  label: plainText(2, 80),
  /** Address of the page; https only. */
  url: httpsUrl,
});

export const actorSchema = z.strictObject({
  /** Full name as readers know it, e.g. `Steve Witkoff` or `NATO`. */
  name: plainText(2, 120),
  /** Office or function, e.g. `U.S. special envoy`. */
  role: plainText(2, 160),
  /** Country or organisation the actor belongs to or speaks for. */
  affiliation: plainText(2, 120),
  /** Other names used in copy (surname, office, acronym); the importer matches them. Default: none. */
  aliases: z.array(plainText(2, 80)).default([]),
  /** Official pages or profiles (optional). */
  links: z.array(actorLinkSchema).optional(),
});

export type Actor = z.infer<typeof actorSchema>;
