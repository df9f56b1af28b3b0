// The site's URL scheme, shared by the link checks and the pages: one place decides
// what `/articles/x/` means. Paths here never include the deploy base path.
export type LinkCollection = 'articles' | 'topics' | 'actors' | 'pages' | 'authors';

export const entryPath = {
  articles: (id: string) => `/articles/${id}/`,
  topics: (id: string) => `/topics/${id}/`,
  actors: (id: string) => `/actors/${id}/`,
  authors: (id: string) => `/authors/${id}/`,
  // Editor-written pages (about, methodology) sit at the top level.
  pages: (id: string) => `/${id}/`,
} as const satisfies Record<LinkCollection, (id: string) => string>;

/** Where a translation's page lives: `/uk/articles/x/` for `uk/articles/x`. */
export function translationPath(entryId: string): string {
  const [language, kind, ...rest] = entryId.split('/');
  const id = rest.join('/');
  if (kind === 'pages') return `/${language}/${id}/`;
  return `/${language}/${kind}/${id}/`;
}

/** A feed family's files (the site's, a topic's, an actor's), beside its page. */
export const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;

/** Site-wide pages and files, by name: every link, route and list spells them from here. */
export const SITE_PATHS = {
  home: '/',
  claims: '/claims/',
  timeline: '/timeline/',
  search: '/search/',
  topics: '/topics/',
  actors: '/actors/',
  articles: '/articles/',
  authors: '/authors/',
  corrections: '/corrections/',
  rss: `/${FEED_FILES.rss}`,
  atom: `/${FEED_FILES.atom}`,
  jsonFeed: `/${FEED_FILES.json}`,
  correctionsFeed: '/corrections.xml',
  days: '/days/',
  digestFeed: '/digest.xml',
  newsSitemap: '/news-sitemap.xml',
  latestEmail: '/email/latest.html',
  sitemapIndex: '/sitemap-index.xml',
  robots: '/robots.txt',
  notFound: '/404.html',
} as const;

/** Pages that exist whatever the content: internal links to them always resolve. */
export const FIXED_PAGES = Object.values(SITE_PATHS);

/**
 * Top-level path segments the site itself uses: a page in content/pages/ may not take one
 * of these ids, or its URL would collide with a section of the site.
 */
export const RESERVED_PAGE_IDS = [
  'articles',
  'topics',
  'actors',
  'claims',
  'timeline',
  'search',
  'corrections',
  'authors',
  'days',
  'email',
  'admin',
  'og',
  'pagefind',
  'uk',
  'updates',
  'territory',
  '404',
] as const;

/** Percent-decoding that reports malformed input (`%zz`, a lone `%E0`) as undefined instead of throwing. */
export function decodePart(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export type InternalTarget =
  | { kind: 'entry'; collection: LinkCollection; id: string; fragment?: string }
  | { kind: 'fixed'; path: string; fragment?: string }
  | { kind: 'feed'; collection: 'topics' | 'actors'; id: string }
  | { kind: 'unknown'; path: string }
  /** The path or fragment has malformed percent-encoding: no page can match it. */
  | { kind: 'malformed'; path: string };

/** Classifies a site-absolute path such as `/articles/x/#y`. */
export function parseSitePath(href: string): InternalTarget {
  const [pathPart = '', ...rest] = href.split('#');
  const fragment = rest.length ? decodePart(rest.join('#')) : undefined;
  const path = pathPart.split('?')[0]!;
  if (rest.length && fragment === undefined) return { kind: 'malformed', path: href };
  const entry = /^\/(articles|topics|actors|authors)\/([^/]+)\/?$/.exec(path);
  if (entry) {
    const id = decodePart(entry[2]!);
    if (id === undefined) return { kind: 'malformed', path: href };
    return { kind: 'entry', collection: entry[1] as LinkCollection, id, ...(fragment ? { fragment } : {}) };
  }
  const feed = /^\/(topics|actors)\/([^/]+)\/(?:rss\.xml|atom\.xml|feed\.json)$/.exec(path);
  if (feed) {
    const id = decodePart(feed[2]!);
    return id === undefined ? { kind: 'malformed', path: href } : { kind: 'feed', collection: feed[1] as 'topics' | 'actors', id };
  }
  const normalised = path === '' || path.endsWith('/') || /\.[a-z]+$/.test(path) ? path || '/' : `${path}/`;
  if ((FIXED_PAGES as readonly string[]).includes(normalised)) return { kind: 'fixed', path: normalised, ...(fragment ? { fragment } : {}) };
  const page = /^\/([^/.]+)\/?$/.exec(path);
  if (page && !(RESERVED_PAGE_IDS as readonly string[]).includes(page[1]!)) {
    const id = decodePart(page[1]!);
    if (id === undefined) return { kind: 'malformed', path: href };
    return { kind: 'entry', collection: 'pages', id, ...(fragment ? { fragment } : {}) };
  }
  return { kind: 'unknown', path };
}

/** Joins the deploy base (`/` or `/briefing/`) with a site path. */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The site path of a URL path under the deploy base (`/briefing/topics/x/` -> `/topics/x/`); the inverse of withBase. */
export function withoutBase(base: string, pathname: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!trimmed || (pathname !== trimmed && !pathname.startsWith(`${trimmed}/`))) return pathname;
  return pathname.slice(trimmed.length) || '/';
}

/** Absolute URL of a site path under the deploy base: canonical, og:url, feeds, sitemap, robots. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
