// Bytes to the lines the cleaner reads: decoded as content files are, a saved web page
// reduced to its article, and text mis-decoded through Windows-1252 repaired.
import { decodeInput } from './decode-input.ts';
import { looksLikeHtml, readHtml, type HtmlArticle } from './read-html.ts';
import { repairMojibake, type MojibakeRepair } from './repair-mojibake.ts';

export type PreparedText =
  { ok: true; text: string; lines: string[]; html?: HtmlArticle; repairs: MojibakeRepair['repairs'] } | { ok: false; message: string; hint: string };

export function prepareText(bytes: Uint8Array, sourceName: string): PreparedText {
  const decoded = decodeInput(bytes);
  if (!decoded.ok) return decoded;
  const repaired = repairMojibake(decoded.text);
  if (looksLikeHtml(sourceName, repaired.text)) {
    const html = readHtml(repaired.text);
    if (!html.lines.some((l) => l.trim()))
      return { ok: false, message: 'no article text found in the web page', hint: 'save the page as it shows the article, or paste its text into a .txt file' };
    return { ok: true, text: html.lines.join('\n'), lines: html.lines, html, repairs: repaired.repairs };
  }
  return { ok: true, text: repaired.text, lines: repaired.text.replace(/\n$/, '').split('\n'), repairs: repaired.repairs };
}
