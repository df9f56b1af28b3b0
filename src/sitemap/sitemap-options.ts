// Options for @astrojs/sitemap, read from the content by the pure pipeline (astro.config.mjs
// runs before Astro's content store exists): lastmod per page; no 404, no search page.
import type { SitemapOptions } from '@astrojs/sitemap';
import { processContent } from '../pipeline/load-content.ts';
import { buildTime } from '../pipeline/visibility.ts';
import { lastModified, sitePath, withdrawnPaths } from './lastmod.ts';

/** Pages that are not worth a search engine's visit (the search page is noindex). */
export const NOT_IN_SITEMAP = ['/404/', '/404.html', '/search/'];

export function sitemapOptions(options: { root: string; contentDir: string; base: string }): SitemapOptions {
  const now = buildTime();
  let dates: Promise<{ lastmod: Map<string, string>; withdrawn: Set<string> }> | undefined;
  // Loaded on first use, so commands that never write a sitemap (dev, check) skip the work;
  // asynchronously, so that with a warm cache the Markdown libraries are never loaded.
  const facts = () => {
    dates ??= processContent({ root: options.root, contentDir: options.contentDir, now }).then((content) => ({ lastmod: lastModified(content, now), withdrawn: withdrawnPaths(content, now) }));
    return dates;
  };
  return {
    filter: (page) => {
      const path = sitePath(page, options.base);
      // The same pages of a translated edition (`/uk/search/`), and its no-translation notices.
      return !NOT_IN_SITEMAP.includes(path) && !NOT_IN_SITEMAP.some((p) => path.endsWith(p) && /^\/[a-z]{2,3}(-[A-Za-z]+)?\/[^/]+\/$/.test(path)) && !/^\/[^/]+\/untranslated\//.test(path);
    },
    // Returning nothing drops the page: withdrawn items keep only a noindex notice.
    serialize: async (item) => {
      const path = sitePath(item.url, options.base);
      const { lastmod, withdrawn } = await facts();
      if (withdrawn.has(path)) return undefined;
      const date = lastmod.get(path);
      return date ? { ...item, lastmod: date } : item;
    },
  };
}
