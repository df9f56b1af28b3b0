// Turns a file's bytes into text the rest of the pipeline can trust: UTF-8 (with or
// without BOM), LF line endings. Anything else is a diagnostic naming what the editor
// must do, never a crash or mojibake.
export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number; message: string; hint: string };

const SAVE_AS = 'save the file as UTF-8 (without BOM is best) with LF or CRLF line endings';

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** Text in UTF-16 has a zero byte in every other position for Latin script, and few elsewhere. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddZeros++ : evenZeros++;
  const half = sample.length / 2;
  return (evenZeros > half * 0.4 && oddZeros < half * 0.05) || (oddZeros > half * 0.4 && evenZeros < half * 0.05);
}

// One strict decoder for every file: constructing one per file showed in the check's profile.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    return { ok: false, line: 1, column: 1, message: 'the file is encoded as UTF-16, not UTF-8', hint: SAVE_AS };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul !== -1) {
    const before = new TextDecoder('utf-8', { fatal: false }).decode(body.subarray(0, nul));
    const at = lineAndColumn(before, before.length);
    return { ok: false, ...at, message: 'the file contains NUL bytes: it is binary, not a text file', hint: 'content files must be Markdown or YAML text' };
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(body);
  } catch {
    // Find the first bad byte by decoding prefixes leniently and looking for U+FFFD.
    const lenient = new TextDecoder('utf-8', { fatal: false }).decode(body);
    const index = lenient.indexOf('\ufffd');
    const at = lineAndColumn(lenient, Math.max(0, index));
    return { ok: false, ...at, message: 'the file is not valid UTF-8 (perhaps Windows-1252 or Latin-1)', hint: SAVE_AS };
  }
  text = text.replace(/\r\n/g, '\n');
  const loneCr = text.indexOf('\r');
  if (loneCr !== -1) {
    const crOnly = !text.includes('\n');
    const at = lineAndColumn(text, loneCr);
    return {
      ok: false,
      ...at,
      message: crOnly ? 'the file uses old Mac (CR-only) line endings' : 'the file contains a carriage return (CR) without a line feed',
      hint: SAVE_AS,
    };
  }
  return { ok: true, text };
}
