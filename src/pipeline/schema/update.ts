import { z } from 'zod';
import { CLAIM_STATUSES } from './article.ts';
import { httpsUrl, id, isoDate, plainText } from './fields.ts';

// A status update: moves tracked claims to a new status without a new article. The file
// is content/updates/<yyyy-mm-dd>-<slug>.md; the body (optional) is not shown.
export const updateClaimSchema = z.strictObject({
  /** Id of a tracked claim (a `claims[].id` in some item). */
  id: id,
  /** The claim's new status. */
  status: z.enum(CLAIM_STATUSES),
  /** Why the status is what it is now, in a sentence. */
  note: plainText(10, 400),
  /** What the new status rests on; https only. */
  source: httpsUrl,
});

export const updateSchema = z.strictObject({
  /** When the status changed (ISO 8601); the file name starts with the same day. */
  date: isoDate,
  /** The claims this update moves, at least one. */
  claims: z.array(updateClaimSchema).min(1),
});

export type Update = z.infer<typeof updateSchema>;
export type UpdateClaim = z.infer<typeof updateClaimSchema>;
