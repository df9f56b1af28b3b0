// Claim status words per language for what is read away from the page (feeds, social
// cards): the edition's badge words from its message catalogue, so a reader meets one
// word per status wherever the item turns up, and a new language brings them with its
// catalogue.
import type { ClaimStatus } from '../../pipeline/schema/index.ts';
import { messagesFor } from './ui.ts';

/** Status words for a BCP 47 tag (`uk`, `en-GB`); English for a language without a catalogue. */
export function claimStatusWords(language: string): Record<ClaimStatus, string> {
  return messagesFor(language.toLowerCase()).status.labels;
}
