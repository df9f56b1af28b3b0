// Timestamps as wire feeds and scraped pages write them, turned into the ISO 8601 form
// the schema accepts. Three families: compact machine stamps (`2025 05 28t165452z`,
// `20250528T165452Z`), ISO 8601, and written dates (`May 28, 2025 4:54 PM GMT+2`).

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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const TIME = String.raw`(?:,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?\s?m\.?)?\s*(?:\(?\s*(gmt|utc|z|[a-z]{2,4}t)\s*([+-]\d{1,2}(?::?\d{2})?)?\s*\)?)?)?`;
const WRITTEN_MDY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})${TIME}`, 'i');
const WRITTEN_DMY = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH},?\s+(\d{4})${TIME}`, 'i');

/** Offsets of the zone abbreviations wire copy uses; others are left as a bare date. */
const ZONES: Record<string, number> = { gmt: 0, utc: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, est: -300, edt: -240, cst: -360, cdt: -300, pst: -480, pdt: -420 };

function written(match: RegExpExecArray, order: 'mdy' | 'dmy'): WireDate | undefined {
  const [month, day] = order === 'mdy' ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  const y = Number(match[3]);
  const mo = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const d = Number(day);
  let [h, mi, s] = [match[4], match[5], match[6]].map((v) => (v === undefined ? undefined : Number(v)));
  const meridiem = match[7]?.replace(/[\s.]/g, '').toLowerCase();
  if (h !== undefined && meridiem) h = (h % 12) + (meridiem === 'pm' ? 12 : 0);
  if (!valid(y, mo, d, h ?? 0, mi ?? 0, s ?? 0)) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const zone = match[8]?.toLowerCase();
  if (h === undefined || zone === undefined || !(zone in ZONES)) return { value: date, raw: match[0] };
  let offset = ZONES[zone]!;
  if (match[9]) {
    const [, sign, hh, mm] = /([+-])(\d{1,2}):?(\d{2})?/.exec(match[9])!;
    offset += (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm ?? 0));
  }
  return { value: `${date}T${pad(h)}:${pad(mi ?? 0)}:${pad(s ?? 0)}${offsetText(offset)}`, raw: match[0] };
}

/** The first timestamp in `text`, or undefined. */
export function parseWireDate(text: string): WireDate | undefined {
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
  const mdy = WRITTEN_MDY.exec(text);
  if (mdy) return written(mdy, 'mdy');
  const dmy = WRITTEN_DMY.exec(text);
  if (dmy) return written(dmy, 'dmy');
  return undefined;
}
