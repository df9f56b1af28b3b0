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
  /** Title of the entry saying an item was withdrawn. */
  withdrawnTitle: (title: string) => string;
  /** First sentence of that entry; `date` is YYYY-MM-DD. */
  withdrawnOn: (date: string) => string;
  /** Title of the entry for a claim a status update moved; `status` is already in these words. */
  claimNow: (status: string, claim: string) => string;
}

const en: FeedMessages = {
  keyPoints: 'Key points',
  claims: 'Claims and where they stand',
  thisItem: 'this item',
  sources: 'Sources',
  corrections: 'Corrections',
  status: claimStatusWords('en'),
  aboutActor: (a) => `Items about ${a.name}, ${a.role} (${a.affiliation}).`,
  withdrawnTitle: (title) => `Withdrawn: ${title}`,
  withdrawnOn: (date) => `This item was withdrawn on ${date}.`,
  claimNow: (status, claim) => `Claim now ${status}: ${claim}`,
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
  // The same words as the edition's withdrawn page and timeline (messages/uk.ts).
  withdrawnTitle: (title) => `Відкликано: ${title}`,
  withdrawnOn: (date) => `Цей матеріал відкликано ${date}.`,
  claimNow: (status, claim) => `Новий статус заяви — ${status}: ${claim}`,
};

const BY_LANGUAGE: Record<string, FeedMessages> = { en, uk };

/** The feed words for a BCP 47 tag (`uk`, `en-GB`), English when the language has none. */
export function feedMessages(language: string): FeedMessages {
  return BY_LANGUAGE[language.split('-')[0]!.toLowerCase()] ?? en;
}
