// What the feed writers hand to feedsmith: text without the characters XML 1.0 forbids
// (feedsmith escapes markup but passes those through, which no parser accepts), and dates
// as instants (a bare date counts as midnight UTC, as everywhere in the pipeline).
import { dateValue } from '../pipeline/schema/primitives.ts';

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text with the characters XML forbids dropped; feedsmith does the escaping. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '');
}

/** An ISO date of the content as the instant feedsmith formats per spec. */
export function xmlDate(value: string): Date {
  return new Date(dateValue(value));
}
