// Feed date formats from the content's ISO dates. A bare date counts as midnight UTC,
// as everywhere else in the pipeline.
import { dateValue } from '../pipeline/schema/primitives.ts';

/** RFC 822 / RFC 1123, as RSS 2.0 wants: `Sat, 16 Aug 2025 06:00:00 GMT`. */
export function rfc822(value: string): string {
  return new Date(dateValue(value)).toUTCString();
}

/** RFC 3339 in UTC without fractions, as Atom and JSON Feed want: `2025-08-16T06:00:00Z`. */
export function rfc3339(value: string): string {
  return new Date(dateValue(value)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The later of two ISO dates (by instant). */
export function later(a: string, b: string): string {
  return dateValue(b) > dateValue(a) ? b : a;
}

/** Newest first, ties by id, so two builds always list items the same way. */
export function newestFirst<T extends { published: string; id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => dateValue(b.published) - dateValue(a.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
