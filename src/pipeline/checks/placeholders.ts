// The scaffold and the importer fill required fields with clearly marked stand-ins so
// that a fresh draft passes the schema. This check keeps them from going out: a warning
// while the item is a draft, an error once it is published.
import { clipText } from '../text/clip-text.ts';
import { diagnostic, formatPath, type Diagnostic } from '../diagnostics.ts';
import type { Entry } from '../load-entry.ts';

/** Marks text the editor must replace; the scaffold and the importer write it. */
export const PLACEHOLDER_MARK = 'TODO';
/** A source address that can never resolve (`.invalid` is reserved, RFC 6761). */
export const PLACEHOLDER_URL = 'https://replace-me.invalid/';

const MARK = new RegExp(`\\b${PLACEHOLDER_MARK}\\b`);

export function isPlaceholder(value: string): boolean {
  if (MARK.test(value)) return true;
  if (!value.startsWith('https://')) return false;
  try {
    return new URL(value).hostname.endsWith('.invalid');
  } catch {
    return false;
  }
}

function walk(value: unknown, path: PropertyKey[], found: Array<{ path: PropertyKey[]; value: string }>): void {
  if (typeof value === 'string') {
    if (isPlaceholder(value)) found.push({ path, value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], found);
  }
}

export function checkPlaceholders(articles: Entry<'articles'>[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const entry of articles) {
    const draft = entry.data.status === 'draft';
    const severity = draft ? 'warning' : 'error';
    const hint = draft ? 'replace it before publishing' : 'replace it, or set status: draft';
    const found: Array<{ path: PropertyKey[]; value: string }> = [];
    walk(entry.data, [], found);
    for (const { path, value } of found) {
      const shown = clipText(value, 51);
      out.push(
        diagnostic({
          file: entry.file,
          at: entry.locate(path),
          field: formatPath(path),
          rule: 'placeholder',
          message: `still holds the placeholder "${shown}"`,
          hint,
          severity,
        }),
      );
    }
    entry.body.split('\n').forEach((text, i) => {
      const column = text.search(MARK);
      if (column !== -1)
        out.push(
          diagnostic({
            file: entry.file,
            at: { line: entry.bodyLine + i, column: column + 1 },
            field: 'body',
            rule: 'placeholder',
            message: `still holds a ${PLACEHOLDER_MARK} note`,
            hint,
            severity,
          }),
        );
    });
  }
  return out;
}
