// "Today" for a new item is the newsroom's day, not the laptop's or the server's: the
// site's time zone decides it.

/** `YYYY-MM-DD` of the instant `now` (ms) in the IANA time zone `timeZone`. */
export function dateInZone(now: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The year folder an item dated `published` belongs in, as seen in `timeZone`. */
export function yearInZone(published: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return published.slice(0, 4);
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? published.slice(0, 4) : dateInZone(ms, timeZone).slice(0, 4);
}
