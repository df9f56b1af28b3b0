// robots.txt: everything may be crawled except the search page; the sitemap is named by
// its absolute URL, under the base path.
import { absoluteUrl, withBase } from '../pipeline/routes.ts';

export function robotsTxt(site: string, base: string): string {
  return ['User-agent: *', `Disallow: ${withBase(base, '/search/')}`, '', `Sitemap: ${absoluteUrl(site, base, '/sitemap-index.xml')}`, ''].join('\n');
}
