// Options for @astrojs/sitemap, read from the content by the pure pipeline (astro.config.mjs
// runs before Astro's content store exists): lastmod per page; no 404, no search page.
import type { SitemapOptions } from '@astrojs/sitemap';
import { loadContent } from '../pipeline/load-content-sync.ts';
import { buildTime } from '../pipeline/visibility.ts';
import { lastModified, sitePath } from './lastmod.ts';

/** Pages that are not worth a search engine's visit (the search page is noindex). */
export const NOT_IN_SITEMAP = ['/404/', '/404.html', '/search/'];

export function sitemapOptions(options: { root: string; contentDir: string; base: string }): SitemapOptions {
  const now = buildTime();
  let dates: Map<string, string> | undefined;
  // Loaded on first use, so commands that never write a sitemap (dev, check) skip the work.
  const lastmod = (path: string) => {
    dates ??= lastModified(loadContent({ root: options.root, contentDir: options.contentDir, now }), now);
    return dates.get(path);
  };
  return {
    filter: (page) => !NOT_IN_SITEMAP.includes(sitePath(page, options.base)),
    serialize: (item) => {
      const date = lastmod(sitePath(item.url, options.base));
      return date ? { ...item, lastmod: date } : item;
    },
  };
}
