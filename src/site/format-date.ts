// Dates as readers see them: in the site's language and time zone. A bare date
// (`2025-08-17`) is a calendar day and is shown as written, whatever the zone; a
// date-time is converted to the site's zone.
import { dateValue } from '../pipeline/schema/primitives.ts';

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
  // Lists on big pages format the same dates again and again: one Intl formatter per
  // style and zone, and each result kept, so a date is formatted once per build.
  const formatters = new Map<string, Intl.DateTimeFormat>();
  const results = new Map<string, string>();
  const monthKeys = new Map<string, string>();
  const format = (style: string, options: Intl.DateTimeFormatOptions, iso: string) => {
    const zone = zoneFor(iso);
    const resultKey = `${style}|${iso}`;
    const known = results.get(resultKey);
    if (known !== undefined) return known;
    const formatterKey = `${style}|${zone}`;
    let formatter = formatters.get(formatterKey);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(language, { ...options, timeZone: zone });
      formatters.set(formatterKey, formatter);
    }
    const text = formatter.format(new Date(dateValue(iso)));
    results.set(resultKey, text);
    return text;
  };
  const dayOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  const shortOptions: Intl.DateTimeFormatOptions = { ...dayOptions, month: 'short' };
  const timeOptions: Intl.DateTimeFormatOptions = { ...dayOptions, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
  const monthOptions: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
  // Numeric year and month in the site's zone, always in Latin digits ('en'), for keys.
  const monthKeyOptions: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit' };
  return {
    day: (iso) => format('day', dayOptions, iso),
    shortDay: (iso) => format('short', shortOptions, iso),
    text: (iso) => (isBareDate(iso) ? format('day', dayOptions, iso) : format('time', timeOptions, iso)),
    month: (iso) => {
      let key = monthKeys.get(iso);
      if (key === undefined) {
        const zone = zoneFor(iso);
        let formatter = formatters.get(`month-key|${zone}`);
        if (!formatter) {
          formatter = new Intl.DateTimeFormat('en', { ...monthKeyOptions, timeZone: zone });
          formatters.set(`month-key|${zone}`, formatter);
        }
        const parts = formatter.formatToParts(new Date(dateValue(iso)));
        key = `${parts.find((p) => p.type === 'year')?.value ?? '0000'}-${parts.find((p) => p.type === 'month')?.value ?? '01'}`;
        monthKeys.set(iso, key);
      }
      return { key, label: format('month', monthOptions, iso) };
    },
  };
}
