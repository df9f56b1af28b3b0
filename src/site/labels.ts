// Reader-facing words for statuses and states, in one place. Badges carry these words,
// so status never depends on colour alone.
import type { ClaimStatus } from '../pipeline/schema/index.ts';
import type { ArticleData } from './types.ts';

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  claimed: 'Claimed',
  unconfirmed: 'Unconfirmed',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  denied: 'Denied',
  retracted: 'Retracted',
};

export const CLAIM_STATUS_MEANINGS: Record<ClaimStatus, string> = {
  claimed: 'said on the record, not yet checked',
  unconfirmed: 'checked, but no public evidence either way',
  confirmed: 'backed by documents or the other side',
  disputed: 'contested by another party',
  denied: 'rejected by the party it concerns',
  retracted: 'withdrawn by the person who made it',
};

export function claimStatusLabel(status: ClaimStatus): string {
  return CLAIM_STATUS_LABELS[status];
}

export function readingTime(minutes: number): string {
  return `${minutes} min read`;
}

export interface VisibilityNotice {
  label: string;
  text: string;
}

/** The banner and list marker for items only `npm run dev` shows; none for public items. */
export function visibilityNotice(visibility: ArticleData['visibility']): VisibilityNotice | undefined {
  if (visibility === 'draft') return { label: 'Draft', text: 'Draft: this item is not published. It is shown only in previews, never on the published site.' };
  if (visibility === 'scheduled') return { label: 'Scheduled', text: 'Scheduled: this item is dated in the future and is not on the published site yet.' };
  return undefined;
}

// Counts are worded by the pipeline's helper, for pages and messages alike.
export { plural } from '../pipeline/plural.ts';
