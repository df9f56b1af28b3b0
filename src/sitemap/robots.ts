// robots.txt: everything may be crawled except the search page; the sitemap is named by
// its absolute URL, under the base path.
import { withBase } from '../pipeline/routes.ts';

export function robotsTxt(site: string, base: string): string {
  const url = (path: string) => new URL(withBase(base, path), site).href;
  return ['User-agent: *', `Disallow: ${withBase(base, '/search/')}`, '', `Sitemap: ${url('/sitemap-index.xml')}`, ''].join('\n');
}
