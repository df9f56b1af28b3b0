// Markup that feedsmith does not write: escaped text for the feeds' HTML content and the
// email edition, and the few element builders the Google News sitemap needs. Characters
// XML 1.0 forbids are dropped rather than emitted.

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Text with the characters XML 1.0 forbids dropped (feedsmith passes them through). */
export function dropNonXml(value: string): string {
  // Nearly every text is clean: a native scan for lone surrogates and a plain character
  // class first, since NOT_XML's lookarounds at every position were 0.5 s of a cold build
  // (n=1000, the feeds' item HTML).
  if (value.isWellFormed() && !FORBIDDEN_CHARACTER.test(value)) return value;
  return value.replace(NOT_XML, '');
}

/** Escapes text for XML element content or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return dropNonXml(value).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

export type Attributes = Record<string, string | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}

/** `<name attrs>escaped text</name>`; an undefined text leaves the element out. */
export function textElement(name: string, text: string | undefined, attrs: Attributes = {}): string {
  if (text === undefined) return '';
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

/** `<name attrs/>`. */
export function emptyElement(name: string, attrs: Attributes): string {
  return `<${name}${attributes(attrs)}/>`;
}

/** `<name attrs>` + children (already XML) + `</name>`, children on their own lines. */
export function parentElement(name: string, children: string[], attrs: Attributes = {}, indent = ''): string {
  const inner = children.filter(Boolean).map((child) => `${indent}  ${child}`);
  return [`<${name}${attributes(attrs)}>`, ...inner, `${indent}</${name}>`].join('\n');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
