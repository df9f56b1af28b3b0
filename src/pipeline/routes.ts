// The site's URL scheme, shared by the link checks and the pages: one place decides
// what `/articles/x/` means. Paths here never include the deploy base path.
export type LinkCollection = 'articles' | 'topics' | 'actors';

export const entryPath = {
  articles: (id: string) => `/articles/${id}/`,
  topics: (id: string) => `/topics/${id}/`,
  actors: (id: string) => `/actors/${id}/`,
} as const satisfies Record<LinkCollection, (id: string) => string>;

/** Where a translation's page lives: `/uk/articles/x/` for `uk/articles/x`. */
export function translationPath(entryId: string): string {
  const [language, kind, ...rest] = entryId.split('/');
  const id = rest.join('/');
  if (kind === 'pages') return `/${language}/${id}/`;
  return `/${language}/${kind}/${id}/`;
}

/** Pages that exist whatever the content: internal links to them always resolve. */
export const FIXED_PAGES = ['/', '/claims/', '/timeline/', '/search/', '/topics/', '/actors/', '/articles/', '/rss.xml', '/atom.xml', '/feed.json', '/corrections.xml', '/sitemap-index.xml', '/robots.txt', '/404.html'] as const;

export type InternalTarget =
  | { kind: 'entry'; collection: LinkCollection; id: string; fragment?: string }
  | { kind: 'fixed'; path: string; fragment?: string }
  | { kind: 'feed'; collection: 'topics' | 'actors'; id: string }
  | { kind: 'unknown'; path: string };

/** Classifies a site-absolute path such as `/articles/x/#y`. */
export function parseSitePath(href: string): InternalTarget {
  const [pathPart = '', ...rest] = href.split('#');
  const fragment = rest.length ? decodeURIComponent(rest.join('#')) : undefined;
  const path = pathPart.split('?')[0]!;
  const entry = /^\/(articles|topics|actors)\/([^/]+)\/?$/.exec(path);
  if (entry) {
    return { kind: 'entry', collection: entry[1] as LinkCollection, id: decodeURIComponent(entry[2]!), ...(fragment ? { fragment } : {}) };
  }
  const feed = /^\/(topics|actors)\/([^/]+)\/(?:rss\.xml|atom\.xml|feed\.json)$/.exec(path);
  if (feed) return { kind: 'feed', collection: feed[1] as 'topics' | 'actors', id: decodeURIComponent(feed[2]!) };
  const normalised = path === '' || path.endsWith('/') || /\.[a-z]+$/.test(path) ? path || '/' : `${path}/`;
  if ((FIXED_PAGES as readonly string[]).includes(normalised)) return { kind: 'fixed', path: normalised, ...(fragment ? { fragment } : {}) };
  return { kind: 'unknown', path };
}

/** Joins the deploy base (`/` or `/briefing/`) with a site path. */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
