// A reader who follows a source must land on the document that backs the item, not on a
// site's front page where it scrolled away hours ago. This flags source and claim URLs
// that are a home page (`https://www.whitehouse.gov/`) or a section front
// (`https://www.reuters.com/world/europe/`): a warning, since a few documents do live at
// such addresses.
import { diagnostic, formatPath, type Diagnostic } from '../diagnostics.ts';
import type { Entry } from '../load-entry.ts';

// Section fronts are short paths of plain lowercase words (`/world/europe/`, `/en/press/`);
// documents carry a slug with hyphens, digits, an id, a file name or a query.
const SECTION_SEGMENT = /^[a-z]{1,24}$/;
const MAX_SECTION_DEPTH = 3;
// The reserved example and test domains (RFC 2606, RFC 6761) are stand-ins in fixtures and
// documentation, not sites a reader could land on: they are never flagged.
const RESERVED_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)$/;

/** `home page`, `section front`, or undefined when the URL looks like one document. */
export function frontPageKind(url: string): 'home page' | 'section front' | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.search || parsed.hash || RESERVED_HOST.test(parsed.hostname)) return undefined;
  const segments = parsed.pathname.split('/').filter(Boolean);
  if (segments.length === 0) return 'home page';
  if (segments.length <= MAX_SECTION_DEPTH && segments.every((segment) => SECTION_SEGMENT.test(segment))) return 'section front';
  return undefined;
}

export function checkSourceUrls(articles: Entry<'articles'>[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (entry: Entry<'articles'>, path: PropertyKey[], url: string) => {
    const kind = frontPageKind(url);
    if (!kind) return;
    out.push(
      diagnostic({
        file: entry.file,
        at: entry.locate(path),
        field: formatPath(path),
        rule: 'source-home-page',
        message: `${url} is a ${kind}, not a document`,
        hint: 'link the exact article, statement or transcript',
      }),
    );
  };
  for (const entry of articles) {
    entry.data.sources.forEach((source, i) => report(entry, ['sources', i, 'url'], source.url));
    entry.data.claims?.forEach((claim, i) => claim.source && report(entry, ['claims', i, 'source'], claim.source));
  }
  return out;
}
