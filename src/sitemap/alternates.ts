// hreflang alternates in the sitemap: each page that exists in more than one edition names
// every edition's URL and x-default (the original), on the original's entry and on each
// translation's. Which pages an edition has comes from the content (the translation files
// and the pages every edition has), not from the built pages, so the answer is the same
// whether or not the edition's pages are in this build. @astrojs/sitemap's own `i18n`
// option pairs only URLs it finds built and writes no x-default, hence this.
import type { ContentSet } from '../pipeline/load-content.ts';
import { FIXED_PAGES, translationPath } from '../pipeline/routes.ts';
import { alternates, inEdition, originalPath } from '../site/i18n/editions.ts';
import type { SiteSettings } from '../site/types.ts';

/** Index pages every edition has (the renderer links them inside translations too). */
const EDITION_PAGES = FIXED_PAGES.filter((path) => path.endsWith('/'));

export interface SitemapLink {
  lang: string;
  url: string;
}

/** Site paths (without base) of every page a translated edition has. */
export function editionPagePaths(content: Pick<ContentSet, 'translations'>, site: Pick<SiteSettings, 'languages'>): Set<string> {
  const codes = new Set(site.languages.map((l) => l.code));
  const paths = new Set<string>();
  for (const code of codes) for (const page of EDITION_PAGES) paths.add(inEdition({ prefix: `/${code}` }, page));
  for (const t of content.translations) if (codes.has(t.id.split('/')[0]!)) paths.add(translationPath(t.id));
  return paths;
}

/**
 * The `<xhtml:link>` alternates of the page at `path` (either edition's), as absolute
 * URLs from `absolute`; undefined when only one edition has the page.
 */
export function sitemapLinks(
  site: SiteSettings,
  path: string,
  editionPaths: ReadonlySet<string>,
  absolute: (path: string) => string,
): SitemapLink[] | undefined {
  const links = alternates(site, path, (edition) => editionPaths.has(inEdition(edition, originalPath(site, path))));
  return links.length ? links.map((link) => ({ lang: link.hreflang, url: absolute(link.path) })) : undefined;
}
