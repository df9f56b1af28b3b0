// Ordering the content's ISO dates for feeds. A bare date counts as midnight UTC, as
// everywhere else in the pipeline; feedsmith formats them per format (see xml.ts).
import { dateValue } from '../pipeline/schema/primitives.ts';

/** The later of two ISO dates (by instant). */
export function later(a: string, b: string): string {
  return dateValue(b) > dateValue(a) ? b : a;
}

/** Newest first, ties by id, so two builds always list items the same way. */
export function newestFirst<T extends { published: string; id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => dateValue(b.published) - dateValue(a.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
