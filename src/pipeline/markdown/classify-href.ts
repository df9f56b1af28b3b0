// The one reading of an href, shared by the body inspection, the link and image checks,
// the renderer's link plugins and the feeds: what an address is decides what each of
// them does with it, so they can never disagree about, say, `//host/x` or ` /articles/x/`.
import { posix } from 'node:path';
import { decodePart } from '../routes.ts';

export type HrefKind =
  /** Nothing but whitespace. */
  | { kind: 'empty' }
  /** `#id`: a place in the same page; `fragment` as written, not decoded. */
  | { kind: 'fragment'; fragment: string }
  /** `/articles/x/#y`: a path on this site, without the deploy base. */
  | { kind: 'site'; path: string }
  /** `//host/x`: another origin, reached with the page's own scheme. */
  | { kind: 'protocol-relative' }
  /** `https://…`, `http://…`: the web. */
  | { kind: 'web'; scheme: 'http' | 'https' }
  /** `mailto:` or `tel:`: safe, never rewritten. */
  | { kind: 'contact'; scheme: 'mailto' | 'tel' }
  /** Any other scheme (`javascript:`, `data:`, `ftp:`): never on a page. */
  | { kind: 'unsafe'; scheme: string }
  /** A relative path (`./other.md#h`, `map.png`); `markdown` when it names a `.md` file. */
  | { kind: 'file'; path: string; markdown: boolean };

/** Schemes a link in content may use (the sanitiser's allowlist says the same). */
export const SAFE_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

/** Browsers ignore tabs, newlines and leading controls inside a scheme: so must we. */
export function linkScheme(href: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

/** What `href` is; surrounding whitespace is ignored, as browsers ignore it. */
export function classifyHref(href: string): HrefKind {
  const value = href.trim();
  if (value === '') return { kind: 'empty' };
  const scheme = linkScheme(value);
  if (scheme === 'http' || scheme === 'https') return { kind: 'web', scheme };
  if (scheme === 'mailto' || scheme === 'tel') return { kind: 'contact', scheme };
  if (scheme) return { kind: 'unsafe', scheme };
  if (value.startsWith('//')) return { kind: 'protocol-relative' };
  if (value.startsWith('#')) return { kind: 'fragment', fragment: value.slice(1) };
  if (value.startsWith('/')) return { kind: 'site', path: value };
  return { kind: 'file', path: value, markdown: value.split('#')[0]!.split('?')[0]!.endsWith('.md') };
}

/** Whether an address leaves the site's own files: any scheme, or another origin. */
export function isRemote(kind: HrefKind): boolean {
  return kind.kind === 'web' || kind.kind === 'contact' || kind.kind === 'unsafe' || kind.kind === 'protocol-relative';
}

/** Resolves a relative `.md` link written in `fromFile` to the content file it names, or undefined. */
export function resolveMarkdownLink(fromFile: string, href: string): string | undefined {
  const kind = classifyHref(href);
  if (kind.kind !== 'file' || !kind.markdown) return undefined;
  const path = kind.path.split('#')[0]!.split('?')[0]!;
  return posix.normalize(posix.join(posix.dirname(fromFile), decodePart(path) ?? path));
}
