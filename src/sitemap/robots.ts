// robots.txt: everything may be crawled except the search page; the sitemaps (the site's
// and the Google News one) are named by their absolute URLs, under the base path.
import { absoluteUrl, withBase } from '../pipeline/routes.ts';

export function robotsTxt(site: string, base: string): string {
  return ['User-agent: *', `Disallow: ${withBase(base, '/search/')}`, '', `Sitemap: ${absoluteUrl(site, base, '/sitemap-index.xml')}`, `Sitemap: ${absoluteUrl(site, base, '/news-sitemap.xml')}`, ''].join('\n');
}
