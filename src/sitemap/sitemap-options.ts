// Options for @astrojs/sitemap, read from the content by the pure pipeline (astro.config.mjs
// runs before Astro's content store exists): lastmod per page, hreflang alternates between
// editions (alternates.ts); no 404, no search page.
import type { SitemapOptions } from '@astrojs/sitemap';
import { processContent } from '../pipeline/load-content.ts';
import { buildTime } from '../pipeline/visibility.ts';
import { absoluteUrl } from '../pipeline/routes.ts';
import { originalPath } from '../site/i18n/editions.ts';
import type { SiteSettings } from '../site/types.ts';
import { editionPagePaths, sitemapLinks } from './alternates.ts';
import { lastModified, sitePath, withdrawnPaths } from './lastmod.ts';

/** Pages that are not worth a search engine's visit (the search page is noindex). */
export const NOT_IN_SITEMAP = ['/404/', '/404.html', '/search/'];

export function sitemapOptions(options: { root: string; contentDir: string; base: string }): SitemapOptions {
  const now = buildTime();
  let dates: Promise<{ lastmod: Map<string, string>; withdrawn: Set<string>; site?: SiteSettings; editions: Pick<ReadonlySet<string>, 'has'> }> | undefined;
  // Loaded on first use, so commands that never write a sitemap (dev, check) skip the work;
  // asynchronously, so that with a warm cache the Markdown libraries are never loaded. The
  // loader has already run the cross-file checks: their diagnostics are not needed here.
  const facts = () => {
    dates ??= processContent({ root: options.root, contentDir: options.contentDir, now, crossFileChecks: false }).then((content) => {
      const site = content.site?.data as SiteSettings | undefined;
      return {
        lastmod: lastModified(content, now),
        withdrawn: withdrawnPaths(content, now),
        ...(site ? { site } : {}),
        editions: site ? editionPagePaths(content, site) : new Set<string>(),
      };
    });
    return dates;
  };
  return {
    // An edition's own search and 404 pages are dropped in serialize, by their original path.
    filter: (page) => {
      const path = sitePath(page, options.base);
      return !NOT_IN_SITEMAP.includes(path) && !/^\/[^/]+\/untranslated\//.test(path);
    },
    // Returning nothing drops the page: withdrawn items keep only a noindex notice.
    serialize: async (item) => {
      const path = sitePath(item.url, options.base);
      const { lastmod, withdrawn, site, editions } = await facts();
      // A translation's page follows its original: dropped with it, dated by it.
      const original = site ? originalPath(site, path) : path;
      // An edition's 404 and search pages stay out like the original's.
      if (withdrawn.has(original) || NOT_IN_SITEMAP.includes(original)) return undefined;
      const date = lastmod.get(original);
      const links = site && sitemapLinks(site, path, editions, (p) => absoluteUrl(item.url, options.base, p));
      return { ...item, ...(date ? { lastmod: date } : {}), ...(links ? { links } : {}) };
    },
  };
}
