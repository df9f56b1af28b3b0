// robots.txt: everything may be crawled except the search pages (each edition has one);
// the sitemaps (the site's and the Google News one) are named by their absolute URLs,
// under the base path.
import { absoluteUrl, withBase } from '../pipeline/routes.ts';

/** `languages`: the translated editions' codes, whose search pages sit under `/<code>/`. */
export function robotsTxt(site: string, base: string, languages: readonly string[] = []): string {
  const searches = ['/search/', ...languages.map((code) => `/${code}/search/`)].map((path) => `Disallow: ${withBase(base, path)}`);
  return [
    'User-agent: *',
    ...searches,
    '',
    `Sitemap: ${absoluteUrl(site, base, '/sitemap-index.xml')}`,
    `Sitemap: ${absoluteUrl(site, base, '/news-sitemap.xml')}`,
    '',
  ].join('\n');
}
