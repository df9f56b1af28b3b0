// The words a feed adds around an editor's text (ledger headings, status names, the
// actor feed's description), per language. Feeds are read away from the site, so a
// Ukrainian feed must not fall back to English words the editors never wrote.
import type { ClaimStatus } from '../pipeline/schema/index.ts';
import { claimStatusWords } from '../site/i18n/claim-status-words.ts';

export interface FeedMessages {
  keyPoints: string;
  claims: string;
  /** `(this item: CLAIMED)` after a claim whose status has moved since. */
  thisItem: string;
  sources: string;
  corrections: string;
  status: Record<ClaimStatus, string>;
  /** Description of an actor's feed. */
  aboutActor: (actor: { name: string; role: string; affiliation: string }) => string;
}

const en: FeedMessages = {
  keyPoints: 'Key points',
  claims: 'Claims and where they stand',
  thisItem: 'this item',
  sources: 'Sources',
  corrections: 'Corrections',
  status: claimStatusWords('en'),
  aboutActor: (a) => `Items about ${a.name}, ${a.role} (${a.affiliation}).`,
};

// Ukrainian: a name after a preposition would have to decline, so the description names
// the actor after a colon, in the nominative.
const uk: FeedMessages = {
  keyPoints: 'Головне',
  claims: 'Заяви та їхній статус',
  thisItem: 'у цьому матеріалі',
  sources: 'Джерела',
  corrections: 'Виправлення',
  status: claimStatusWords('uk'),
  aboutActor: (a) => `Матеріали про дійову особу: ${a.name}, ${a.role} (${a.affiliation}).`,
};

const BY_LANGUAGE: Record<string, FeedMessages> = { en, uk };

/** The feed words for a BCP 47 tag (`uk`, `en-GB`), English when the language has none. */
export function feedMessages(language: string): FeedMessages {
  return BY_LANGUAGE[language.split('-')[0]!.toLowerCase()] ?? en;
}
