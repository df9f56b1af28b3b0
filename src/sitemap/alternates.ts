// hreflang alternates in the sitemap: each page that exists in more than one edition names
// every edition's URL and x-default (the original), on the original's entry and on each
// translation's. Which pages an edition has comes from the content (the translation files
// and the pages every edition has), not from the built pages, so the answer is the same
// whether or not the edition's pages are in this build. @astrojs/sitemap's own `i18n`
// option pairs only URLs it finds built and writes no x-default, hence this.
import type { ContentSet } from '../pipeline/load-content.ts';
import { translationPath } from '../pipeline/routes.ts';
import { alternates, inEdition, originalPath } from '../site/i18n/editions.ts';
import type { SiteSettings } from '../site/types.ts';

export interface SitemapLink {
  lang: string;
  url: string;
}

/** Kinds whose entries have an edition's page only when translated (`/articles/<id>/`). */
const TRANSLATED_KINDS = new Set(['articles', 'topics', 'actors']);

/**
 * Which pages a translated edition has, by the rule its routes follow: an item, topic,
 * actor or editor page only when translated; every other page (index pages, authors,
 * claim filters, days) always, as the original has it. `has` takes an edition's path.
 */
export function editionPagePaths(content: Pick<ContentSet, 'translations' | 'pages'>, site: Pick<SiteSettings, 'languages'>): Pick<ReadonlySet<string>, 'has'> {
  const codes = new Set(site.languages.map((l) => l.code));
  const translated = new Set(content.translations.filter((t) => codes.has(t.id.split('/')[0]!)).map((t) => translationPath(t.id)));
  const pageIds = new Set(content.pages.map((p) => p.id));
  return {
    has(path: string): boolean {
      const [, code, ...rest] = path.split('/');
      if (!code || !codes.has(code)) return false;
      const parts = rest.filter(Boolean);
      const needsTranslation = (parts.length === 2 && TRANSLATED_KINDS.has(parts[0]!)) || (parts.length === 1 && pageIds.has(parts[0]!));
      return !needsTranslation || translated.has(path);
    },
  };
}

/**
 * The `<xhtml:link>` alternates of the page at `path` (either edition's), as absolute
 * URLs from `absolute`; undefined when only one edition has the page.
 */
export function sitemapLinks(
  site: SiteSettings,
  path: string,
  editionPaths: Pick<ReadonlySet<string>, 'has'>,
  absolute: (path: string) => string,
): SitemapLink[] | undefined {
  const links = alternates(site, path, (edition) => editionPaths.has(inEdition(edition, originalPath(site, path))));
  return links.length ? links.map((link) => ({ lang: link.hreflang, url: absolute(link.path) })) : undefined;
}
