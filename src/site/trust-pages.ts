// The trust pages are editor-written (content/pages/); the site links them by convention
// of the content model: `methodology` explains the claim statuses and the corrections
// policy, so badges, legends and the corrections page link there, to the matching
// section when the page has one.
import { entryPath } from '../pipeline/routes.ts';
import type { PageEntry } from './types.ts';

export const METHODOLOGY_PAGE = 'methodology';

/** Site path of a page's first h2 matching `section`, or of the page; undefined without the page. */
export function pageSectionPath(pages: readonly PageEntry[], pageId: string, section: RegExp): string | undefined {
  const page = pages.find((p) => p.id === pageId);
  if (!page) return undefined;
  const heading = page.data.headings.find((h) => h.depth === 2 && section.test(h.text));
  return `${entryPath.pages(page.id)}${heading ? `#${heading.id}` : ''}`;
}

/** Where the claim statuses are defined. */
export function statusLegendPath(pages: readonly PageEntry[]): string | undefined {
  return pageSectionPath(pages, METHODOLOGY_PAGE, /status/i);
}

/** Where the corrections policy is. */
export function correctionsPolicyPath(pages: readonly PageEntry[]): string | undefined {
  return pageSectionPath(pages, METHODOLOGY_PAGE, /correction/i);
}
