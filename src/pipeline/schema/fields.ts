// Field types shared by every collection. Each one carries the editor-facing message
// for its failure, so check output reads the same wherever the field appears.
import { z } from 'zod';

import { graphemeLength } from '../text/clip-text.ts';
import { findHiddenCharacter } from '../text/visible-text.ts';
import { DATE, DATE_TIME, ID_PATTERN, isCalendarDate, YEAR_RANGE } from './primitives.ts';

export { dateValue, ID_PATTERN } from './primitives.ts';

export const id = z.string().regex(ID_PATTERN, { message: 'must be a kebab-case id (lowercase letters, digits and single hyphens)' });

const HTML_TAG = /<\/?[a-z!][^>]*>/i;

/**
 * One line of plain text in any script, stored in NFC: no control, bidi-override, stray
 * joiner or lone-surrogate characters (see text/visible-text.ts), no HTML. Its length is
 * counted in user-perceived characters (graphemes), as a reader would count it.
 */
export function plainText(min: number, max: number) {
  return z
    .string()
    .superRefine((written, ctx) => {
      const value = written.normalize('NFC');
      const hidden = findHiddenCharacter(value);
      if (hidden) ctx.addIssue({ code: 'custom', message: hidden.message, params: { rule: 'hidden-character' } });
      // A length far beyond any limit is reported without scanning it for tags.
      if (value.length <= max * 8 && HTML_TAG.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'is plain text: HTML tags are not allowed here', params: { rule: 'plain-text' } });
      }
      const length = graphemeLength(value.trim());
      if (length < min) {
        ctx.addIssue({ code: 'custom', message: `is too short: ${length} characters, at least ${min} needed`, params: { rule: 'length' } });
      } else if (length > max) {
        ctx.addIssue({ code: 'custom', message: `is too long: ${length} characters, at most ${max} allowed`, params: { rule: 'length' } });
      }
    })
    .transform((value) => value.normalize('NFC').trim());
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
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    ctx.addIssue({ code: 'custom', message: `the year ${year} in "${value}" is outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`, params: { rule: 'date-range' } });
  } else if (!isCalendarDate(year, month, day)) {
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
