// Text from content (file names, field values, keys) is echoed in diagnostics; printed
// as it is, a control character or ANSI escape could clear the terminal or forge a line
// ("✓ 0 errors"), and a bidi override could make a line read differently from what it
// says. One helper shows them as visible escapes wherever a diagnostic is printed.

// C0 and C1 controls, DEL, bidi marks, embeddings, overrides and isolates, the line and
// paragraph separators, and lone surrogates (which print as U+FFFD).
// Prettier may break the line after `=`: a block, not a next-line directive.
/* eslint-disable no-control-regex -- the control characters are what it looks for */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

function codePoint(char: string): string {
  return `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`;
}

/** The text with every character that could act on a terminal or a reader's eye shown as an escape: `\e[2J`, `\u{202E}`. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? codePoint(char));
}

/** Whether the text holds such a character. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

// JSON.stringify escapes C0 controls and lone surrogates itself; these it leaves raw.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON with those characters as JSON escapes (`\u202e`): the parsed values are exactly
 * the original text, while the raw output never carries them to a terminal or log.
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
