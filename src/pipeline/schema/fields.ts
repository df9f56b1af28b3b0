// Field types shared by every collection. Each one carries the editor-facing message
// for its failure, so check output reads the same wherever the field appears.
import { z } from 'zod';

import { DATE, DATE_TIME, ID_PATTERN, isCalendarDate } from './primitives.ts';

export { dateValue, ID_PATTERN } from './primitives.ts';

export const id = z
  .string()
  .regex(ID_PATTERN, { message: 'must be a kebab-case id (lowercase letters, digits and single hyphens)' });

// C0/C1 controls (tab excepted nowhere: these are one-line fields), bidi embeddings,
// overrides and isolates, and zero-width characters: invisible text that can make a
// headline read differently from what it says.
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const HTML_TAG = /<\/?[a-z!][^>]*>/i;

function describeCodePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One line of plain text: no control, bidi-override or zero-width characters, no HTML. */
export function plainText(min: number, max: number) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const hidden = HIDDEN_CHARACTER.exec(value);
      if (hidden) {
        ctx.addIssue({
          code: 'custom',
          message: `contains the invisible character ${describeCodePoint(hidden[0])} at position ${hidden.index + 1}`,
          params: { rule: 'hidden-character' },
        });
      }
      if (HTML_TAG.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'is plain text: HTML tags are not allowed here', params: { rule: 'plain-text' } });
      }
      const length = [...value.trim()].length;
      if (length < min) {
        ctx.addIssue({ code: 'custom', message: `is too short: ${length} characters, at least ${min} needed`, params: { rule: 'length' } });
      } else if (length > max) {
        ctx.addIssue({ code: 'custom', message: `is too long: ${length} characters, at most ${max} allowed`, params: { rule: 'length' } });
      }
    })
    .transform((value) => value.trim());
}


/**
 * ISO 8601 date (`2025-08-17`) or date-time with an offset (`2025-08-17T14:30:00+02:00`).
 * Kept as the string the editor wrote; `2025-02-30` and "20 November 2025" are errors.
 */
export const isoDate = z.string().superRefine((value, ctx) => {
  const match = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!match) {
    const hint = /T\d{2}:\d{2}(:\d{2})?$/.test(value) ? ' (a time needs an offset such as Z or +02:00)' : '';
    ctx.addIssue({
      code: 'custom',
      message: `must be an ISO 8601 date like 2025-08-17 or 2025-08-17T14:30:00Z, not "${value}"${hint}`,
      params: { rule: 'date-format' },
    });
    return;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isCalendarDate(year, month, day)) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar date`, params: { rule: 'date-calendar' } });
  }
});


/** An absolute `https:` URL with a host. Every other scheme (`http:`, `javascript:`, `data:`) is refused. */
export const httpsUrl = z.string().superRefine((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url && url.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `must use https:, not ${url.protocol}`, params: { rule: 'url-scheme' } });
  } else if (!url || !url.hostname) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not an absolute URL`, params: { rule: 'url' } });
  } else if (url.username || url.password) {
    ctx.addIssue({ code: 'custom', message: 'must not carry a user name or password', params: { rule: 'url' } });
  }
});

/** A non-empty list of unique ids. */
export function idList(min: number) {
  return z
    .array(id)
    .min(min)
    .superRefine((ids, ctx) => {
      ids.forEach((value, index) => {
        if (ids.indexOf(value) !== index) {
          ctx.addIssue({ code: 'custom', path: [index], message: `"${value}" is listed twice`, params: { rule: 'duplicate' } });
        }
      });
    });
}
