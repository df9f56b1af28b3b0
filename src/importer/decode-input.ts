// Raw copy arrives as bytes from a file or a pipe. It is read with the same decoder as
// content files (UTF-8 with or without BOM, CRLF), and binary or UTF-16 input is refused
// with a sentence the editor can act on.
import { decodeText } from '../pipeline/parse/decode-text.ts';

export type InputText = { ok: true; text: string; lines: string[] } | { ok: false; message: string; hint: string };

/** Raw copy larger than this is not an article: refuse it before any work. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

export function decodeInput(bytes: Uint8Array): InputText {
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    return {
      ok: false,
      message: `the input is ${Math.round(bytes.byteLength / 1024)} KiB; raw copy over ${MAX_INPUT_BYTES / 1024 / 1024} MiB is refused`,
      hint: 'is this the right file?',
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const where = decoded.line > 1 || decoded.column > 1 ? ` (line ${decoded.line}, column ${decoded.column})` : '';
    return { ok: false, message: `${decoded.message.replace(/^the file/, 'the input')}${where}`, hint: decoded.hint.replace('save the file', 'save the copy') };
  }
  const text = decoded.text.replace(/^\ufeff/, '');
  if (!text.trim()) return { ok: false, message: 'the input is empty', hint: 'paste the wire copy into a text file and import that' };
  return { ok: true, text, lines: text.replace(/\n$/, '').split('\n') };
}
