// Dates as readers see them: in the site's language and time zone. A bare date
// (`2025-08-17`) is a calendar day and is shown as written, whatever the zone; a
// date-time is converted to the site's zone.
import { dateValue } from '../pipeline/schema/index.ts';

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface DateFormatter {
  /** Human text with the time and zone for date-times, e.g. `August 17, 2025 at 06:30 PM GMT+2`. */
  text: (iso: string) => string;
  /** Text without the time, e.g. `17 August 2025`. */
  day: (iso: string) => string;
  /** The day with an abbreviated month, e.g. `17 Aug 2025`, for tight spaces. */
  shortDay: (iso: string) => string;
  /** The month an instant falls in, in the site's zone: key `2025-08` and label `August 2025`. */
  month: (iso: string) => { key: string; label: string };
}

export function isBareDate(iso: string): boolean {
  return BARE_DATE.test(iso);
}

export function dateFormatter(language: string, timeZone: string): DateFormatter {
  const zoneFor = (iso: string) => (isBareDate(iso) ? 'UTC' : timeZone);
  const cache = new Map<string, Intl.DateTimeFormat>();
  const format = (options: Intl.DateTimeFormatOptions, iso: string) => {
    const zone = zoneFor(iso);
    const key = `${zone}|${JSON.stringify(options)}`;
    let formatter = cache.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(language, { ...options, timeZone: zone });
      cache.set(key, formatter);
    }
    return formatter.format(new Date(dateValue(iso)));
  };
  const dayOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  return {
    day: (iso) => format(dayOptions, iso),
    shortDay: (iso) => format({ ...dayOptions, month: 'short' }, iso),
    text: (iso) => (isBareDate(iso) ? format(dayOptions, iso) : format({ ...dayOptions, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }, iso)),
    month: (iso) => {
      const zone = zoneFor(iso);
      const parts = new Intl.DateTimeFormat('en', { timeZone: zone, year: 'numeric', month: '2-digit' }).formatToParts(new Date(dateValue(iso)));
      const year = parts.find((p) => p.type === 'year')?.value ?? '0000';
      const month = parts.find((p) => p.type === 'month')?.value ?? '01';
      return { key: `${year}-${month}`, label: format({ month: 'long', year: 'numeric' }, iso) };
    },
  };
}
