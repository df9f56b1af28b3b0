// Claim status words per language for what is read away from the page (feeds, social
// cards). The same words as the edition's badges (the message catalogue), so a reader
// meets one word per status wherever the item turns up.
import type { ClaimStatus } from '../../pipeline/schema/index.ts';
import { CLAIM_STATUS_LABELS } from '../labels.ts';

const WORDS: Record<string, Record<ClaimStatus, string>> = {
  en: CLAIM_STATUS_LABELS,
  uk: { claimed: 'Заявлено', unconfirmed: 'Не підтверджено', confirmed: 'Підтверджено', disputed: 'Оскаржено', denied: 'Спростовано', retracted: 'Відкликано' },
};

/** Status words for a BCP 47 tag (`uk`, `en-GB`); English for a language without its own. */
export function claimStatusWords(language: string): Record<ClaimStatus, string> {
  return WORDS[language.split('-')[0]!.toLowerCase()] ?? CLAIM_STATUS_LABELS;
}
