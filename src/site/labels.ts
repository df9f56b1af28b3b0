// Reader-facing words for statuses and states, in one place. Badges carry these words,
// so status never depends on colour alone.
import type { ClaimStatus } from '../pipeline/schema/index.ts';
// The words themselves live in the message catalogues (src/site/i18n/messages/); these
// are the original edition's, for feeds, email and cards, which are in that language.
import { en, type Messages } from './i18n/messages/en.ts';
import type { ArticleData } from './types.ts';

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = en.status.labels;

export const CLAIM_STATUS_MEANINGS: Record<ClaimStatus, string> = en.status.meanings;

export function claimStatusLabel(status: ClaimStatus, m: Pick<Messages, 'status'> = en): string {
  return m.status.labels[status];
}

export function readingTime(minutes: number, m: Pick<Messages, 'readingTime'> = en): string {
  return m.readingTime(minutes);
}

export interface VisibilityNotice {
  label: string;
  text: string;
}

/** The banner and list marker for items only `npm run dev` shows; none for public items. */
export function visibilityNotice(visibility: ArticleData['visibility'], m: Pick<Messages, 'visibility'> = en): VisibilityNotice | undefined {
  if (visibility === 'draft') return { label: m.visibility.draft, text: m.visibility.draftText };
  if (visibility === 'scheduled') return { label: m.visibility.scheduled, text: m.visibility.scheduledText };
  return undefined;
}

// Counts are worded by the pipeline's helper, for pages and messages alike.
export { plural } from '../pipeline/plural.ts';
