import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { dateValue } from '../../src/pipeline/schema/index.ts';
import { visibility } from '../../src/pipeline/visibility.ts';
import { lastModified, sitePath } from '../../src/sitemap/lastmod.ts';
import { robotsTxt } from '../../src/sitemap/robots.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';

const dist = inject('dist');
const now = Number(process.env.SOURCE_DATE_EPOCH ?? '1767225600') * 1000;
const content = loadContent({ root: PROJECT_ROOT, now });

describe('lastModified', () => {
  const article = (id: string, data: Record<string, unknown>) => ({ id, data: { status: 'published', topics: ['t'], actors: ['a'], ...data } });
  it('dates an article by its update, and its topic, actor and listings by their newest item', () => {
    const dates = lastModified(
      {
        articles: [
          article('x', { published: '2025-08-01', updated: '2025-08-05T10:00:00+02:00' }),
          article('y', { published: '2025-08-03' }),
          article('z', { published: '2099-01-01' }),
          article('d', { published: '2025-09-01', status: 'draft' }),
        ],
      } as never,
      Date.parse('2026-01-01'),
    );
    expect(dates.get('/articles/x/')).toBe('2025-08-05T08:00:00.000Z');
    expect(dates.get('/articles/y/')).toBe('2025-08-03T00:00:00.000Z');
    expect(dates.get('/topics/t/')).toBe('2025-08-05T08:00:00.000Z');
    expect(dates.get('/')).toBe('2025-08-05T08:00:00.000Z');
    expect(dates.has('/articles/z/')).toBe(false);
    expect(dates.has('/articles/d/')).toBe(false);
  });

  it('maps page URLs back to site paths under a base', () => {
    expect(sitePath('https://x.org/briefing/articles/a/', '/briefing/')).toBe('/articles/a/');
    expect(sitePath('https://x.org/briefing/', '/briefing/')).toBe('/');
    expect(sitePath('https://x.org/topics/', '/')).toBe('/topics/');
  });

  it('robots.txt names the sitemap by its absolute URL under the base', () => {
    expect(robotsTxt('https://x.org/', '/briefing/')).toBe(
      'User-agent: *\nDisallow: /briefing/search/\n\nSitemap: https://x.org/briefing/sitemap-index.xml\nSitemap: https://x.org/briefing/news-sitemap.xml\n',
    );
    expect(robotsTxt('https://x.org/', '/', ['uk'])).toBe(
      'User-agent: *\nDisallow: /search/\nDisallow: /uk/search/\n\nSitemap: https://x.org/sitemap-index.xml\nSitemap: https://x.org/news-sitemap.xml\n',
    );
  });
});

describe.each([
  { name: 'root build', root: dist.root, prefix: 'https://briefing.example.org/' },
  { name: 'base-path build', root: dist.base, prefix: `https://newsroom.example.org${dist.basePath}` },
])('sitemap of the $name', ({ root, prefix }) => {
  const xml = readFileSync(join(root, 'sitemap-0.xml'), 'utf8');
  const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({ loc: m[1]!, lastmod: m[2] }));

  it('lists public pages under the base with lastmod from the content, and no 404, search or drafts', () => {
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.every((e) => e.loc.startsWith(prefix))).toBe(true);
    expect(entries.some((e) => /404|\/search\//.test(e.loc))).toBe(false);
    for (const article of content.articles) {
      const entry = entries.find((e) => e.loc === `${prefix}articles/${article.id}/`);
      if (visibility(article.data, now) !== 'public') {
        expect(entry, article.id).toBeUndefined();
        continue;
      }
      expect(Date.parse(entry!.lastmod!)).toBe(dateValue(article.data.updated ?? article.data.published));
    }
  });

  it('gives a translated item its Ukrainian alternate and x-default, and an untranslated one none', () => {
    const translated = content.translations.filter((t) => t.id.startsWith('uk/articles/')).map((t) => t.id.slice('uk/articles/'.length));
    expect(translated.length).toBeGreaterThan(0);
    const block = (loc: string) => xml.match(new RegExp(`<url><loc>${loc}</loc>.*?</url>`))?.[0] ?? '';
    for (const id of translated) {
      const url = block(`${prefix}articles/${id}/`);
      expect(url, id).toContain(`<xhtml:link rel="alternate" hreflang="uk" href="${prefix}uk/articles/${id}/"/>`);
      expect(url, id).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${prefix}articles/${id}/"/>`);
      expect(url, id).toContain(`<xhtml:link rel="alternate" hreflang="en-GB" href="${prefix}articles/${id}/"/>`);
    }
    const untranslated = content.articles.find((a) => visibility(a.data, now) === 'public' && !translated.includes(a.id))!;
    expect(block(`${prefix}articles/${untranslated.id}/`)).not.toContain('xhtml:link');
    expect(block(prefix)).toContain(`hreflang="uk" href="${prefix}uk/"`);
  });

  it('gives every page both editions have its alternates, each a page that was built', () => {
    const links = [...xml.matchAll(/<xhtml:link rel="alternate" hreflang="[^"]+" href="([^"]+)"\/>/g)].map((m) => m[1]!);
    // Authors, claim filters and days exist in every edition, translated or not.
    for (const kind of ['authors/', 'claims/status/', 'days/'])
      expect(
        links.some((l) => l.startsWith(`${prefix}uk/${kind}`)),
        kind,
      ).toBe(true);
    for (const link of new Set(links)) {
      const path = link.slice(prefix.length);
      expect(existsSync(join(root, path.endsWith('/') || path === '' ? `${path}index.html` : path)), link).toBe(true);
    }
  });

  it('is named by robots.txt', () => {
    expect(readFileSync(join(root, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${prefix}sitemap-index.xml`);
    expect(readFileSync(join(root, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${prefix}sitemap-0.xml</loc>`);
  });
});
