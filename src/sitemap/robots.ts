// robots.txt: everything may be crawled except the search page; the sitemaps (the site's
// and the Google News one) are named by their absolute URLs, under the base path.
import { withBase } from '../pipeline/routes.ts';

export function robotsTxt(site: string, base: string): string {
  const url = (path: string) => new URL(withBase(base, path), site).href;
  return ['User-agent: *', `Disallow: ${withBase(base, '/search/')}`, '', `Sitemap: ${url('/sitemap-index.xml')}`, `Sitemap: ${url('/news-sitemap.xml')}`, ''].join('\n');
}
