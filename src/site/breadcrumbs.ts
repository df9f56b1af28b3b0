// Breadcrumb trails: Home, the section, the page itself (which is not a link).
import { en, type Messages } from './i18n/messages/en.ts';
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

/** The sections with their labels from an edition's catalogue; paths stay the original's (the trail adds the edition). */
export function sections(m: Pick<Messages, 'crumbs'>): Record<keyof typeof SECTIONS, SiteLink> {
  return {
    articles: { label: m.crumbs.items, path: SECTIONS.articles.path },
    topics: { label: m.crumbs.topics, path: SECTIONS.topics.path },
    actors: { label: m.crumbs.actors, path: SECTIONS.actors.path },
    claims: { label: m.crumbs.claims, path: SECTIONS.claims.path },
    timeline: { label: m.crumbs.timeline, path: SECTIONS.timeline.path },
    days: { label: m.crumbs.days, path: SECTIONS.days.path },
  };
}

export function breadcrumbs(section: SiteLink | undefined, current: string, m: Pick<Messages, 'crumbs'> = en): Crumb[] {
  return [{ label: m.crumbs.home, path: '/' }, ...(section ? [section] : []), { label: current }];
}
