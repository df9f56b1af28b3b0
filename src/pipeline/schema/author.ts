import { z } from 'zod';
import { actorLinkSchema } from './actor.ts';
import { plainText } from './fields.ts';

// The desk's own people: bylines and reviewers. The file name is the id that articles
// name in `authors` and `reviewedBy`.
export const authorSchema = z.strictObject({
  /** Name as printed in bylines, e.g. `Mara Lindqvist`. */
  name: plainText(2, 120),
  /** Job on the desk, e.g. `Reporter` or `Standards editor`. */
  role: plainText(2, 120),
  /** Address readers may write to about this person's work (optional). */
  email: z.email({ message: 'must be an e-mail address' }).optional(),
  /** Profiles or pages of this person (optional). */
  links: z.array(actorLinkSchema).optional(),
});

export type Author = z.infer<typeof authorSchema>;
