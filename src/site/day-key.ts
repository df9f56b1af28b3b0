// Which calendar day something happened on, in the site's time zone: the key of the day
// pages (`2025-08-18`). A bare date is a calendar day already and is kept as written; a
// date-time is converted, so 23:30 UTC on the 17th is the 18th in Brussels.
import { dateValue } from '../pipeline/schema/primitives.ts';
import { isBareDate } from './format-date.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let known = formatters.get(timeZone);
  if (!known) {
    // en-CA writes yyyy-mm-dd with Latin digits, whatever the site's language.
    known = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, known);
  }
  return known;
}

/** `yyyy-mm-dd` of an instant (ms) in a time zone. */
export function dayOfInstant(ms: number, timeZone: string): string {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `yyyy-mm-dd` of an ISO date or date-time in the site's time zone. */
export function dayKey(iso: string, timeZone: string): string {
  return isBareDate(iso) ? iso : dayOfInstant(dateValue(iso), timeZone);
}

// Making an Intl.DateTimeFormat costs far more than using one (0.76 s of a cold build's
// profile at n=1000 was this function making one per call): one per zone.
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset of a zone at an instant, as ISO 8601 writes it (`+02:00`, `Z`). */
export function zoneOffset(ms: number, timeZone: string): string {
  let known = offsetFormatters.get(timeZone);
  if (!known) {
    known = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, known);
  }
  const name = known.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset === '' || offset === '+00:00' ? 'Z' : offset;
}

/** The first and last second of a day in a zone, as ISO date-times with offsets. */
export function dayBounds(day: string, timeZone: string): { start: string; end: string } {
  const startOffset = zoneOffset(dateValue(`${day}T00:00:00Z`), timeZone);
  const endOffset = zoneOffset(dateValue(`${day}T23:59:59Z`), timeZone);
  return { start: `${day}T00:00:00${startOffset}`, end: `${day}T23:59:59${endOffset}` };
}
