// Dates as readers see them, in one style everywhere: the day with an abbreviated month
// (`17 Aug 2025` in en-GB), plus the time and zone for date-times (`17 Aug 2025, 18:30
// CEST`), in the site's language and time zone. A bare date (`2025-08-17`) is a calendar
// day and is shown as written, whatever the zone; a date-time is converted to the zone.
import { dateValue } from '../pipeline/schema/primitives.ts';

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface DateFormatter {
  /** The day, and for date-times the time and zone, e.g. `17 Aug 2025, 18:30 CEST` (en-GB). */
  text: (iso: string) => string;
  /** The day without the time, e.g. `17 Aug 2025`. */
  day: (iso: string) => string;
  /** The same as `day` (one date style everywhere); kept for callers that ask for tight spaces. */
  shortDay: (iso: string) => string;
  /** The calendar day an instant falls on in the site's zone: key `2025-08-17`, label as `day`. */
  dayOf: (iso: string) => { key: string; label: string };
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
  const formatterFor = (style: string, locale: string, options: Intl.DateTimeFormatOptions, zone: string) => {
    const key = `${style}|${zone}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
      formatters.set(key, formatter);
    }
    return formatter;
  };
  /** The numeric parts of a date in the site's zone, in Latin digits ('en'), for keys. */
  const keyParts = (style: string, options: Intl.DateTimeFormatOptions, iso: string) => {
    const parts = formatterFor(style, 'en', options, zoneFor(iso)).formatToParts(new Date(dateValue(iso)));
    return (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  };
  const format = (style: string, options: Intl.DateTimeFormatOptions, iso: string) => {
    const zone = zoneFor(iso);
    const resultKey = `${style}|${iso}`;
    const known = results.get(resultKey);
    if (known !== undefined) return known;
    const text = formatterFor(style, language, options, zone).format(new Date(dateValue(iso)));
    results.set(resultKey, text);
    return text;
  };
  const dayOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
  const timeOptions: Intl.DateTimeFormatOptions = { ...dayOptions, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' };
  const monthOptions: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
  const monthKeyOptions: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit' };
  const dayKeyOptions: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
  const dayKeys = new Map<string, string>();
  return {
    day: (iso) => format('day', dayOptions, iso),
    shortDay: (iso) => format('day', dayOptions, iso),
    dayOf: (iso) => {
      let key = dayKeys.get(iso);
      if (key === undefined) {
        const part = keyParts('day-key', dayKeyOptions, iso);
        key = `${part('year', '01')}-${part('month', '01')}-${part('day', '01')}`;
        dayKeys.set(iso, key);
      }
      return { key, label: format('day', dayOptions, iso) };
    },
    text: (iso) => (isBareDate(iso) ? format('day', dayOptions, iso) : format('time', timeOptions, iso)),
    month: (iso) => {
      let key = monthKeys.get(iso);
      if (key === undefined) {
        const part = keyParts('month-key', monthKeyOptions, iso);
        key = `${part('year', '0000')}-${part('month', '01')}`;
        monthKeys.set(iso, key);
      }
      return { key, label: format('month', monthOptions, iso) };
    },
  };
}
