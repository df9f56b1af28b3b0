// The site's sections and navigation by name, labelled from an edition's catalogue: the
// breadcrumbs, the header menu and the page models take them from here. Paths are the
// original's (SITE_PATHS in src/pipeline/routes.ts); links add the edition and the base.
import { SITE_PATHS } from '../pipeline/routes.ts';
import type { Messages } from './i18n/messages/en.ts';
import type { SiteLink } from './types.ts';

export { FEED_FILES, SITE_PATHS } from '../pipeline/routes.ts';

/** The media type each feed format is advertised with. */
export const FEED_TYPES = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' } as const;

export const SECTIONS = {
  articles: { label: 'Items', path: SITE_PATHS.articles },
  topics: { label: 'Topics', path: SITE_PATHS.topics },
  actors: { label: 'Actors', path: SITE_PATHS.actors },
  claims: { label: 'Claims', path: SITE_PATHS.claims },
  timeline: { label: 'Timeline', path: SITE_PATHS.timeline },
  days: { label: 'Days', path: SITE_PATHS.days },
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

/** The header menu, in its order: the sections a reader browses, then search. */
export function navigation(m: Pick<Messages, 'nav'>): SiteLink[] {
  return [
    { label: m.nav.topics, path: SITE_PATHS.topics },
    { label: m.nav.claims, path: SITE_PATHS.claims },
    { label: m.nav.timeline, path: SITE_PATHS.timeline },
    { label: m.nav.actors, path: SITE_PATHS.actors },
    { label: m.nav.items, path: SITE_PATHS.articles },
    { label: m.nav.search, path: SITE_PATHS.search },
  ];
}
