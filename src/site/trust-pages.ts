// The trust pages are editor-written (content/pages/); the site links them by convention
// of the content model: `methodology` explains the claim statuses and the corrections
// policy, so badges, legends and the corrections page link there, to the matching
// section when the page has one.
import { entryPath } from '../pipeline/routes.ts';
import type { PageEntry } from './types.ts';

export const METHODOLOGY_PAGE = 'methodology';

type Headings = PageEntry['data']['headings'];
const sections = (headings: Headings) => headings.filter((h) => h.depth === 2);

/**
 * Site path of a page's first h2 matching `section`, or of the page; undefined without the
 * page. The match is made on the original's headings (the patterns are English); in a
 * translated edition, `localPages` holds the translation, whose h2 at the same position is
 * the one linked (a translation keeps its original's sections), or none when they differ.
 */
export function pageSectionPath(pages: readonly PageEntry[], pageId: string, section: RegExp, localPages: readonly PageEntry[] = pages): string | undefined {
  const page = pages.find((p) => p.id === pageId);
  if (!page) return undefined;
  const original = sections(page.data.headings);
  const local = sections((localPages.find((p) => p.id === pageId) ?? page).data.headings);
  const index = original.findIndex((h) => section.test(h.text));
  const heading = index >= 0 && local.length === original.length ? local[index] : undefined;
  return `${entryPath.pages(page.id)}${heading ? `#${heading.id}` : ''}`;
}

/** Where the claim statuses are defined. */
export function statusLegendPath(pages: readonly PageEntry[], localPages?: readonly PageEntry[]): string | undefined {
  return pageSectionPath(pages, METHODOLOGY_PAGE, /status/i, localPages);
}

/** Where the corrections policy is. */
export function correctionsPolicyPath(pages: readonly PageEntry[], localPages?: readonly PageEntry[]): string | undefined {
  return pageSectionPath(pages, METHODOLOGY_PAGE, /correction/i, localPages);
}
