// The day pages, the email editions, the digest feed and the news sitemap of both shipped
// builds, against the pure functions that make them and the rules each format has.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from 'feedsmith';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { EMAIL_EDITION_DAYS } from '../../src/email/edition.ts';
import { claimLedger } from '../../src/site/claim-ledger.ts';
import { dayPages } from '../../src/site/days.ts';
import type { ArticleEntry, DayEntry } from '../../src/site/types.ts';
import { recentItems } from '../../src/sitemap/news-sitemap.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { emailProblems } from '../support/email-rules.ts';
import { readNewsSitemap } from '../support/news-sitemap-rules.ts';
import { emailFiles, fileForUrl, readPage, select, selectAll, textOf } from './read-dist.ts';
import { shippedContent } from './shipped-content.ts';

const dist = inject('dist');
const now = Number(process.env.SOURCE_DATE_EPOCH ?? '1767225600') * 1000;
const content = loadContent({ root: PROJECT_ROOT, now });
// The pipeline's entries carry the frontmatter the view model reads.
const articles = content.articles as unknown as ArticleEntry[];
const notes = content.days.map((d) => ({ id: d.id, data: d.data })) as unknown as DayEntry[];
const expected = dayPages({ articles, ledger: claimLedger(articles), notes, timeZone: content.site!.data.timezone, now });
const hidden = shippedContent().hiddenArticles;

describe.each([
  { name: 'root', dir: dist.root, origin: 'https://briefing.example.org', base: '/' },
  { name: 'base path', dir: dist.base, origin: 'https://newsroom.example.org', base: dist.basePath },
])('days, email and news sitemap of the $name build', ({ dir, origin, base }) => {
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');

  it('writes a page per day with news, with the day notes’ takeaways and LiveBlogPosting data', () => {
    expect(expected.length).toBeGreaterThan(3);
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const day of expected) {
      const page = readPage(dir, `days/${day.date}/index.html`);
      expect(select('h1 time', page.tree)?.properties.dateTime).toBe(day.date);
      const ld = JSON.parse(textOf(select('script[type="application/ld+json"]', page.tree)!));
      expect(ld['@type']).toBe('LiveBlogPosting');
      expect(ld.liveBlogUpdate).toHaveLength(day.items.length);
      const takeaways = selectAll('.takeaways li', page.tree).map((li) => textOf(li));
      expect(takeaways).toHaveLength(day.takeaways.length);
      day.takeaways.forEach((t, i) => expect(takeaways[i]).toContain(t.text));
    }
    const index = readPage(dir, 'days/index.html');
    expect(selectAll('.items h2 a', index.tree).map((a) => String(a.properties.href))).toEqual(expected.map((d) => `${base}days/${d.date}/`));
  });

  it('links the latest day from the home page and every topic page', () => {
    const latest = `${base}days/${expected[0]!.date}/`;
    for (const file of ['index.html', ...content.topics.map((t) => `topics/${t.id}/index.html`)]) {
      expect(
        selectAll('.latest-day a', readPage(dir, file).tree).map((a) => a.properties.href),
        file,
      ).toContain(latest);
    }
  });

  it('writes an email-safe edition and a plain-text part per day, whose links all reach built files', () => {
    const files = emailFiles(dir);
    expect(files).toEqual([...expected.slice(0, EMAIL_EDITION_DAYS).map((d) => `email/${d.date}.html`), 'email/latest.html'].sort());
    expect(read('email/latest.html')).toBe(read(`email/${expected[0]!.date}.html`));
    for (const file of files) {
      const html = read(file);
      expect(emailProblems(html), file).toEqual([]);
      expect(existsSync(join(dir, file.replace(/\.html$/, '.txt'))) || file === 'email/latest.html').toBe(true);
      for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
        if (!href!.startsWith(origin)) continue;
        expect(fileForUrl(dir, base, new URL(href!).pathname), `${file}: ${href}`).toBeDefined();
      }
    }
  });

  it('feeds the day pages as RSS that a real parser reads', () => {
    const parsed = parseFeed(read('digest.xml'));
    expect(parsed.format).toBe('rss');
    const items = parsed.format === 'rss' ? (parsed.feed.items ?? []) : [];
    expect(items.map((i) => i.link)).toEqual(expected.map((d) => `${origin}${base}days/${d.date}/`));
  });

  it('writes a valid news sitemap of the items of the 48 hours before the build, listed in robots.txt', () => {
    const { problems, entries } = readNewsSitemap(read('news-sitemap.xml'));
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.loc)).toEqual(
      recentItems({ articles: content.articles.map((a) => ({ id: a.id, data: a.data })), now }).map((a) => `${origin}${base}articles/${a.id}/`),
    );
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}${base}news-sitemap.xml`);
  });

  it('never names a draft or scheduled item in any of them', () => {
    expect(hidden.length).toBeGreaterThan(0);
    const all = [
      ...expected.map((d) => `days/${d.date}/index.html`),
      'days/index.html',
      ...emailFiles(dir),
      ...expected.map((d) => `email/${d.date}.txt`),
      'digest.xml',
      'news-sitemap.xml',
    ]
      .map(read)
      .join('\n');
    for (const id of hidden) expect(all).not.toContain(`/articles/${id}/`);
  });
});
