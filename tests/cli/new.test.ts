import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateDraft, slugFromTitle } from '../../src/drafts/draft-location.ts';
import { scaffoldArticle } from '../../src/drafts/scaffold-article.ts';
import { dateInZone } from '../../src/drafts/today.ts';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { run, tempProject } from './helpers.ts';

const known = { topics: ['guarantees', 'sanctions'], actors: ['rubio', 'putin'], articles: new Map([['old-item', 'content/articles/2024/old-item.md']]) };
const base = { topics: [], actors: [], known, timezone: 'Europe/Brussels', now: Date.parse('2025-12-31T23:30:00Z') };

describe('dateInZone', () => {
  it("dates an item by the newsroom's day, not UTC's", () => {
    expect(dateInZone(Date.parse('2025-12-31T23:30:00Z'), 'Europe/Brussels')).toBe('2026-01-01');
    expect(dateInZone(Date.parse('2025-12-31T23:30:00Z'), 'America/New_York')).toBe('2025-12-31');
  });
});

describe('scaffoldArticle', () => {
  it('writes a draft in the year folder of today in the site time zone', () => {
    const result = scaffoldArticle({ ...base, title: 'Rubio holds off on new sanctions', topics: ['sanctions'], actors: ['rubio'] });
    expect(result).toMatchObject({ ok: true, id: 'rubio-holds-off-on-new-sanctions', file: 'content/articles/2026/rubio-holds-off-on-new-sanctions.md' });
    expect(result.ok && result.text).toContain('published: 2026-01-01');
    expect(result.ok && result.text).toContain('status: draft');
  });

  it('refuses unknown ids with did-you-mean, bad dates, empty and clashing slugs', () => {
    expect(scaffoldArticle({ ...base, title: 'A good enough title', topics: ['sanction'], actors: ['putn'] })).toEqual({
      ok: false,
      problems: [
        { message: 'unknown topic "sanction"', hint: 'did you mean "sanctions"? known: guarantees, sanctions' },
        { message: 'unknown actor "putn"', hint: 'did you mean "putin"? known: putin, rubio' },
      ],
    });
    expect(scaffoldArticle({ ...base, title: 'A good enough title', date: '2025-02-30' })).toMatchObject({
      ok: false,
      problems: [{ message: '--date "2025-02-30" is not a date' }],
    });
    expect(scaffoldArticle({ ...base, title: '— ¿ —' })).toMatchObject({ ok: false, problems: [{ message: 'the title "— ¿ —" gives an empty file name' }] });
    expect(scaffoldArticle({ ...base, title: 'Old item' })).toMatchObject({
      ok: false,
      problems: [{ message: 'an item with the id "old-item" already exists: content/articles/2024/old-item.md' }],
    });
  });

  it('makes readable slugs', () => {
    expect(slugFromTitle('U.S. envoy: Putin agreed to “Article 5-like” guarantees')).toBe('us-envoy-putin-agreed-to-article-5-like-guarantees');
    expect(slugFromTitle('Zelenskyy’s visit to Brüssel')).toBe('zelenskyy-s-visit-to-brussel');
    expect(slugFromTitle('word '.repeat(40)).length).toBeLessThanOrEqual(80);
    expect(locateDraft({ title: 'x', year: '2025', existing: new Map() })).toEqual({ ok: true, id: 'x', file: 'content/articles/2025/x.md' });
  });
});

describe('npm run new (end to end)', () => {
  const dir = tempProject();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a draft that passes the check, with a warning for each placeholder', () => {
    const result = run('new', ['Rubio holds off on new sanctions', '--topics', 'sanctions', '--actors', 'rubio', '--date', '2025-09-01'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = 'content/articles/2025/rubio-holds-off-on-new-sanctions.md';
    expect(existsSync(join(dir, file))).toBe(true);
    const content = loadContent({ root: dir });
    const mine = content.diagnostics.filter((d) => d.file === file);
    expect(mine.every((d) => d.severity === 'warning' && d.rule === 'placeholder')).toBe(true);
    expect(mine.map((d) => d.field)).toEqual(['summary', 'sources[0].name', 'sources[0].url', 'body', 'body']);
    const article = content.articles.find((a) => a.id === 'rubio-holds-off-on-new-sanctions');
    expect(article?.data).toMatchObject({ status: 'draft', published: '2025-09-01', topics: ['sanctions'], actors: ['rubio'] });
    expect(run('check', [], dir).status).toBe(0);
  });

  it('refuses to overwrite, and an id already used in another year folder', () => {
    const again = run('new', ['Rubio holds off on new sanctions', '--date', '2026-01-05'], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists: content/articles/2025/rubio-holds-off-on-new-sanctions.md');
    expect(again.stderr).not.toMatch(/\n\s+at /);
  });

  it('turns placeholders into errors once the item is marked published', () => {
    const file = join(dir, 'content/articles/2025/rubio-holds-off-on-new-sanctions.md');
    const text = readFileSync(file, 'utf8');
    const published = text.replace('status: draft', 'status: published');
    writeFileSync(file, published);
    const check = run('check', ['content/articles/2025/rubio-holds-off-on-new-sanctions.md'], dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('summary: still holds the placeholder');
    writeFileSync(file, text);
  });

  it('answers usage mistakes with exit 2 and unknown ids with exit 1', () => {
    expect(run('new', [], dir).status).toBe(2);
    expect(run('new', ['A title long enough', '--colour', 'red'], dir).status).toBe(2);
    const unknown = run('new', ['A title long enough', '--topics', 'sanction'], dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('did you mean "sanctions"?');
  });
});
