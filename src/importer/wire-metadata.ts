// Lines that describe the copy rather than tell the story: machine slugs from a wire
// system, "Published: …" stamps, story ids and keyword lists. They are dropped from the
// body; the timestamp they carry becomes `published`.
import { agencyIn } from './junk-rules.ts';
import { parseWireDate, type DateOptions, type WireDate } from './parse-wire-date.ts';

export interface WireMetadata {
  kind: 'machine' | 'stamp' | 'field' | 'slug' | 'post-header';
  /** `published` or `updated` when the line says which; machine stamps count as published. */
  role?: 'published' | 'updated';
  date?: WireDate;
  agency?: string;
  /** The channel a social post header names (`Kyiv Digest, [19.08.2025 08:15]`). */
  channel?: string;
}

/** Short codes in machine lines that name the agency. */
const AGENCY_CODES: Array<[RegExp, string]> = [
  [/^rtr/, 'Reuters'],
  [/^(?:afp|afpmb)/, 'AFP'],
  [/^(?:bbg|bloomberg)/, 'Bloomberg'],
  [/^(?:apn|apwire|apo)$/, 'AP'],
];

// A machine line: lower-case tokens only, digits in several of them, no sentence
// punctuation. People do not write like this; wire systems do.
function isMachineLine(text: string): boolean {
  // The T and Z of a timestamp (`20250528T165452Z`) are the only capitals allowed.
  const lower = text.replace(/(\d)[T](\d)/g, '$1t$2').replace(/(\d)Z\b/g, '$1z');
  if (/[A-Z]/.test(lower) || !/^[a-z0-9 _:/.-]+$/.test(lower)) return false;
  const tokens = text.split(/\s+/);
  if (tokens.length < 3) return false;
  const numeric = tokens.filter((t) => /\d{3,}/.test(t)).length;
  return numeric >= 2 || (numeric >= 1 && parseWireDate(text) !== undefined);
}

const STAMP =
  /^(first published|published|posted|updated|last updated|last modified|filed|issued|date|dated|time|release(?:d)?|опубліковано|оновлено|дата(?: публікації)?|опубліковано о|оприлюднено)\s*(?:on|at|о)?\s*[:\-–—]?\s*(.+)$/iu;
// A post header as Telegram and similar apps copy it: `Channel name, [19.08.2025 08:15]`.
const POST_HEADER = /^(.{2,80}?),\s*\[(\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?)\]$/u;
const FIELD =
  /^(slug|keywords?|tags?|categor(?:y|ies)|section|desk|priority|urgency|story ?id|item ?id|id|guid|word ?count|words|length|language|lang|byline|dateline|source|edition|version|media ?type)\s*:\s*\S.*$/i;
const SLUG = /^(?:BC|AP|APFN|AFP|RTR)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?:,\s*\d+)?$|^[A-Z0-9]+(?:-[A-Z0-9]+){2,}(?:\/[A-Z0-9]+)?$/;

export function readWireMetadata(line: string, options: DateOptions = {}): WireMetadata | undefined {
  const text = line.trim();
  if (!text || text.length > 200) return undefined;
  const post = POST_HEADER.exec(text);
  if (post) {
    const date = parseWireDate(post[2]!, options);
    return { kind: 'post-header', channel: post[1]!.trim(), ...(date ? { date, role: 'published' as const } : {}) };
  }
  if (isMachineLine(text)) {
    const date = parseWireDate(text, options);
    const code = text
      .split(/\s+/)
      .map((t) => AGENCY_CODES.find(([p]) => p.test(t))?.[1])
      .find(Boolean);
    return { kind: 'machine', ...(date ? { date, role: 'published' as const } : {}), ...(code ? { agency: code } : {}) };
  }
  const stamp = STAMP.exec(text);
  if (stamp) {
    const date = parseWireDate(stamp[2]!, options);
    // "Updated 2 hours ago" has no date; a sentence starting with "Published" is prose.
    if (date && stamp[2]!.replace(date.raw, '').replace(/[\s,|·•-]|gmt|utc|[+-]\d+/gi, '').length <= 12) {
      return { kind: 'stamp', role: /updated|modified|оновлено/iu.test(stamp[1]!) ? 'updated' : 'published', date };
    }
  }
  // A line that is only a timestamp, e.g. `May 28, 2025 4:54 PM GMT+2`.
  const bare = parseWireDate(text, options);
  if (bare && text.replace(bare.raw, '').replace(/[\s,|·•()-]|gmt|utc|[+-]\d+/gi, '').length <= 3) {
    return { kind: 'stamp', role: 'published', date: bare };
  }
  if (FIELD.test(text)) {
    const agency = agencyIn(text);
    return { kind: 'field', ...(agency ? { agency } : {}) };
  }
  if (SLUG.test(text)) return { kind: 'slug' };
  return undefined;
}
