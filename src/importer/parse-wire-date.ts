// Timestamps as wire feeds and scraped pages write them, turned into the ISO 8601 form
// the schema accepts. Three families: compact machine stamps (`2025 05 28t165452z`,
// `20250528T165452Z`) and ISO 8601 here; written dates in any language through chrono-node.
import * as chrono from 'chrono-node';

export interface WireDate {
  /** ISO 8601: a date-time with offset, or a bare date when the copy gives no time. */
  value: string;
  /** The text it was read from. */
  raw: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// The year may be glued to the digits before it (`17484518022025 05 28t165452z`), so the
// pattern is not anchored at a word boundary on the left.
const COMPACT = /(\d{4})[\s_-]?(\d{2})[\s_-]?(\d{2})[\s_]?[tT_](\d{2}):?(\d{2}):?(\d{2})?\s?[zZ](?![a-z])/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?\b/;

// Written dates in any common form ("May 28, 2025 4:54 PM GMT+2", "Updated 2:47 PM EDT,
// August 18, 2025", "18.08.2025 21:40", "18 серпня 2025") are chrono-node's job; the
// value is built from the parts chrono is certain of, never from the machine's clock.
type Chrono = { parse: (text: string, reference?: Date) => chrono.ParsedResult[] };
const RELATIVE = /\b(?:ago|today|yesterday|tomorrow|tonight|now|last|next|this)\b|тому|сьогодні|вчора|завтра/iu;

function localeFor(text: string): Chrono[] {
  if (/[\u0400-\u04ff]/u.test(text)) return [chrono.uk, chrono.en.GB];
  // Numbers with dots are day first wherever they are written.
  return /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/.test(text) ? [chrono.en.GB] : [chrono.en];
}

/** Offset of an IANA zone at a local wall-clock time, in minutes. */
export function zoneOffset(zone: string, y: number, mo: number, d: number, h: number, mi: number): number | undefined {
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    const at = (ms: number) => {
      const name = format.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
      const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    };
    const guess = Date.UTC(y, mo - 1, d, h, mi);
    return at(guess - at(guess) * 60_000);
  } catch {
    return undefined;
  }
}

export interface DateOptions {
  /** Zone of the wire when the copy names none (an IANA name, `Europe/Kyiv`). */
  zone?: string;
  /** Accept a date without a year (a dateline's "Aug 21"), taking the year nearest this instant. */
  reference?: Date;
}

function written(text: string, options: DateOptions): WireDate | undefined {
  for (const locale of localeFor(text)) {
    const results = locale.parse(text, options.reference ?? new Date(Date.UTC(2000, 0, 1)));
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      // Relative phrases ("2 hours ago", "вчора") date the scrape, not the story.
      if (!/\d/.test(r.text) || RELATIVE.test(r.text)) continue;
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      if (!r.start.isCertain('year') && !options.reference) continue;
      let time = r.start.isCertain('hour') ? r.start : undefined;
      let raw = r.text;
      // "Aug 19, 2025 · 10:05 AM GMT+3" comes back as a date and a separate time.
      const next = results[i + 1];
      if (!time && next && next.start.isCertain('hour') && !next.start.isCertain('day') && next.index - (r.index + r.text.length) <= 5) {
        time = next.start;
        raw = text.slice(r.index, next.index + next.text.length);
      }
      const [y, mo, d] = [r.start.get('year')!, r.start.get('month')!, r.start.get('day')!];
      if (!valid(y, mo, d)) continue;
      const date = `${y}-${pad(mo)}-${pad(d)}`;
      if (!time) return { value: date, raw };
      const [h, mi, sec] = [time.get('hour')!, time.get('minute') ?? 0, time.get('second') ?? 0];
      const offset = time.isCertain('timezoneOffset') ? time.get('timezoneOffset')! : options.zone ? zoneOffset(options.zone, y, mo, d, h, mi) : undefined;
      if (offset === undefined || offset === null) return { value: date, raw };
      return { value: `${date}T${pad(h)}:${pad(mi)}:${pad(sec)}${offsetText(offset)}`, raw };
    }
  }
  return undefined;
}

/** The first timestamp in `text`, or undefined. */
export function parseWireDate(text: string, options: DateOptions = {}): WireDate | undefined {
  const compact = COMPACT.exec(text);
  if (compact) {
    const [y, mo, d, h, mi, s] = compact.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
    if (valid(y, mo, d, h, mi, s)) return { value: `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}Z`, raw: compact[0] };
  }
  const iso = ISO.exec(text);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const [h, mi, s] = [iso[4], iso[5], iso[6]].map((v) => Number(v ?? 0)) as [number, number, number];
    if (valid(y, mo, d, h, mi, s)) {
      const date = `${y}-${pad(mo)}-${pad(d)}`;
      if (iso[4] === undefined || iso[7] === undefined) return { value: date, raw: iso[0] };
      const zone = iso[7] === 'Z' ? 'Z' : `${iso[7].slice(0, 3)}:${iso[7].slice(-2)}`;
      return { value: `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${zone === '+00:00' ? 'Z' : zone}`, raw: iso[0] };
    }
  }
  return written(text, options);
}
