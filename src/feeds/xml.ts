// What the feed writers hand to feedsmith: text without the characters XML 1.0 forbids
// (feedsmith escapes markup but passes those through, which no parser accepts), and dates
// as instants (a bare date counts as midnight UTC, as everywhere in the pipeline).
import { dateValue } from '../pipeline/schema/primitives.ts';
import { dropNonXml } from './markup.ts';

/** Text with the characters XML forbids dropped; feedsmith does the escaping. */
export function xmlText(value: string): string {
  return dropNonXml(value);
}

/** An ISO date of the content as the instant feedsmith formats per spec. */
export function xmlDate(value: string): Date {
  return new Date(dateValue(value));
}
