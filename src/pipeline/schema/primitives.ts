// The id and date rules as plain values, without zod: the cross-file checks, routes and
// visibility decisions use them on cached records without loading the schema library.

/** Kebab-case ASCII id, as used in file names and references (`von-der-leyen`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Years a briefing's dates can plausibly have. Outside them a date is a typo (year 1,
 * year 9999) and would print differently in every output (feeds, sitemap, pages), so it
 * is refused, naming the field.
 */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** Whether an ISO date's year is within YEAR_RANGE (dates outside are already errors). */
export function inYearRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

const dateValues = new Map<string, number>();

/**
 * Whether `value` is before `other`, by their written dates when either is a bare date
 * (`2025-08-18` is the whole day: a translation dated the day an item was published at
 * 18:30 is not before it).
 */
export function before(value: string, other: string): boolean {
  if (DATE.test(value) || DATE.test(other)) return value.slice(0, 10) < other.slice(0, 10);
  return dateValue(value) < dateValue(other);
}

/**
 * Whether a change made at `change` may postdate `since`. Against a bare date nobody can
 * tell the order within that day, so a change on the same day counts (and a time on
 * `since` makes the comparison exact).
 */
export function mayPostdate(change: string, since: string): boolean {
  if (DATE.test(since)) return change.slice(0, 10) >= since;
  return dateValue(change) > dateValue(since);
}

/** Milliseconds since the epoch for a validated ISO date; a bare date counts as midnight UTC. */
export function dateValue(value: string): number {
  // Sorting thousands of items asks for the same dates again and again.
  let known = dateValues.get(value);
  if (known === undefined) {
    known = Date.parse(DATE.test(value) ? `${value}T00:00:00Z` : value);
    if (dateValues.size >= 100_000) dateValues.clear();
    dateValues.set(value, known);
  }
  return known;
}
