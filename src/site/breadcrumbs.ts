// Breadcrumb trails: Home, the section, the page itself (which is not a link).
import { en, type Messages } from './i18n/messages/en.ts';
import type { SiteLink } from './types.ts';

// The sections moved to site-names.ts with the other site-wide names; re-exported for the pages that take them from here.
export { SECTIONS, sections } from './site-names.ts';

export interface Crumb {
  label: string;
  /** Site path without base; absent for the current page. */
  path?: string;
}

export function breadcrumbs(section: SiteLink | undefined, current: string, m: Pick<Messages, 'crumbs'> = en): Crumb[] {
  return [{ label: m.crumbs.home, path: '/' }, ...(section ? [section] : []), { label: current }];
}
