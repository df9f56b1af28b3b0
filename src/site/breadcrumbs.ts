// Breadcrumb trails: Home, the section, the page itself (which is not a link).
import type { SiteLink } from './types.ts';

export interface Crumb {
  label: string;
  /** Site path without base; absent for the current page. */
  path?: string;
}

export const SECTIONS = {
  articles: { label: 'Items', path: '/articles/' },
  topics: { label: 'Topics', path: '/topics/' },
  actors: { label: 'Actors', path: '/actors/' },
  claims: { label: 'Claims', path: '/claims/' },
  timeline: { label: 'Timeline', path: '/timeline/' },
  days: { label: 'Days', path: '/days/' },
} as const satisfies Record<string, SiteLink>;

export function breadcrumbs(section: SiteLink | undefined, current: string): Crumb[] {
  return [{ label: 'Home', path: '/' }, ...(section ? [section] : []), { label: current }];
}
