import { describe, expect, it } from 'vitest';
import { newsLanguage, newsSitemap } from '../../src/sitemap/news-sitemap.ts';
import { readNewsSitemap } from '../support/news-sitemap-rules.ts';

const now = Date.parse('2025-08-20T12:00:00Z');
const item = (id: string, published: string, extra: { title?: string; status?: 'draft' | 'published' } = {}) => ({
  id,
  data: { title: extra.title ?? `Title of ${id}`, published, status: extra.status ?? 'published' },
});
const input = (articles: ReturnType<typeof item>[]) => ({
  articles,
  name: 'Test & Briefing',
  language: 'en-GB',
  url: (path: string) => `https://news.example.org/briefing${path}`,
  now,
});

describe('the news sitemap', () => {
  it('lists public items of the 48 hours before the build, newest first, by the news sitemap rules', () => {
    const xml = newsSitemap(
      input([
        item('old', '2025-08-18T11:59:00Z'),
        item('edge', '2025-08-18T12:00:00Z'),
        item('recent', '2025-08-20T09:00:00+02:00', { title: 'Envoys <meet> & “agree”' }),
        item('draft', '2025-08-20T08:00:00Z', { status: 'draft' }),
        item('scheduled', '2025-08-20T12:00:01Z'),
      ]),
    );
    const { problems, entries } = readNewsSitemap(xml);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        loc: 'https://news.example.org/briefing/articles/recent/',
        name: 'Test & Briefing',
        language: 'en',
        date: '2025-08-20T09:00:00+02:00',
        title: 'Envoys <meet> & “agree”',
      },
      {
        loc: 'https://news.example.org/briefing/articles/edge/',
        name: 'Test & Briefing',
        language: 'en',
        date: '2025-08-18T12:00:00Z',
        title: 'Title of edge',
      },
    ]);
    expect(xml).toContain('<news:title>Envoys &lt;meet&gt; &amp; “agree”</news:title>');
  });

  it('is empty but valid when nothing is recent', () => {
    const xml = newsSitemap(input([item('old', '2025-08-01')]));
    expect(readNewsSitemap(xml)).toEqual({ problems: [], entries: [] });
    expect(xml).toContain('<urlset');
  });

  it('keeps at most 1,000 URLs, the newest', () => {
    const many = Array.from({ length: 1005 }, (_, i) => item(`item-${i}`, new Date(now - (i + 1) * 60_000).toISOString()));
    const { problems, entries } = readNewsSitemap(newsSitemap(input(many)));
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1000);
    expect(entries[0]!.loc).toContain('/item-0/');
  });

  it('writes Google’s language codes', () => {
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('uk')).toBe('uk');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
  });

  it('the rules catch a broken sitemap', () => {
    const bad =
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/x/</loc><news:news><news:publication><news:name>N</news:name><news:language>en-GB</news:language></news:publication><news:publication_date>20 Aug 2025</news:publication_date><news:title></news:title></news:news></url></urlset>';
    expect(readNewsSitemap(bad).problems).toEqual([
      'wrong news namespace',
      'relative loc /x/',
      '/x/: language "en-GB" is not ISO 639',
      '/x/: date "20 Aug 2025" is not W3C format',
      '/x/: no news:title',
    ]);
  });
});
