// Copy pasted through Word or an old CMS often arrives as UTF-8 that was once decoded as
// Windows-1252: `’` became `â€™`, `“` became `â€œ`, `”` became `â€` plus a C1 control.
// No maintained npm package repairs this (ftfy is Python; fix-latin1-to-utf8 knows only
// Latin-1), so each suspicious run is turned back into bytes with the platform's own
// WHATWG Windows-1252 table and decoded again as strict UTF-8: a run is replaced only
// when that succeeds, which plain text in any language never does by accident.

export interface MojibakeRepair {
  text: string;
  /** What was repaired, `â€™ → ’` with counts, for the report. */
  repairs: Array<{ from: string; to: string; count: number }>;
}

// A UTF-8 lead byte read as Windows-1252 (Â–ô), then continuation bytes (0x80–0xBF),
// which Windows-1252 shows as punctuation, letters or, for five unassigned bytes, C1
// controls.
const CONTINUATION = String.raw`[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]`;
const RUN = new RegExp(String.raw`[\u00c2-\u00f4]${CONTINUATION}{1,3}`, 'gu');
const UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');
/** Character → byte for 0x80–0xFF, from the decoder itself (no table written by hand). */
const BYTE_OF = new Map(Array.from({ length: 128 }, (_, i) => [cp1252.decode(Uint8Array.of(0x80 + i)), 0x80 + i] as const));

function toBytes(run: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const ch of run) {
    const code = ch.codePointAt(0)!;
    // C1 controls stand for the byte of the same value (Latin-1 decoding did that).
    if (code >= 0x80 && code <= 0x9f) bytes.push(code);
    else {
      const byte = BYTE_OF.get(ch);
      if (byte === undefined) return undefined;
      bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}

function redecode(run: string): string | undefined {
  const bytes = toBytes(run);
  if (!bytes) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

export function repairMojibake(input: string): MojibakeRepair {
  const counts = new Map<string, { from: string; to: string; count: number }>();
  const note = (from: string, to: string) => {
    const key = `${from}\0${to}`;
    const entry = counts.get(key) ?? { from, to, count: 0 };
    entry.count++;
    counts.set(key, entry);
  };
  // Longest runs first: a three-byte character must not be cut after two bytes.
  let text = input.replace(RUN, (run) => {
    for (let n = run.length; n >= 2; n--) {
      const fixed = redecode(run.slice(0, n));
      if (fixed !== undefined) {
        note(run.slice(0, n), fixed);
        return fixed + run.slice(n);
      }
    }
    return run;
  });
  // A stray C1 control left over is a Windows-1252 byte read as Latin-1: `\u0093` was `“`.
  text = text.replace(/[\u0080-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    const fixed = UNASSIGNED.has(code) ? '' : cp1252.decode(Uint8Array.of(code));
    note(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`, fixed || '(removed)');
    return fixed;
  });
  return { text, repairs: [...counts.values()].sort((a, b) => b.count - a.count || (a.from < b.from ? -1 : 1)) };
}
