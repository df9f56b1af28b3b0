// A site whose content is hostile (tests/fixtures/hostile-site). The check warns about
// its unsafe links with file and line; the production build goes through, and the
// sanitiser keeps everything inert while the visible text survives.
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { formatDiagnostic } from '../../src/pipeline/format-diagnostics.ts';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../support/build-site.ts';
import { allPages, duplicateIds, readPage, select, selectAll, textOf } from './read-dist.ts';

const CONTENT_DIR = 'tests/fixtures/hostile-site';
let preview: BuildResult;

beforeAll(() => {
  preview = buildSite({ CONTENT_DIR });
});
afterAll(() => rmSync(preview.outDir, { recursive: true, force: true }));

describe('a hostile content folder', () => {
  it('warns about each unsafe link with file and line, without failing', () => {
    const content = loadContent({ root: PROJECT_ROOT, contentDir: CONTENT_DIR, cache: false });
    const lines = content.diagnostics.map(formatDiagnostic);
    expect(
      content.diagnostics.filter((d) => d.severity === 'error'),
      lines.join('\n'),
    ).toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/hostile\.md:\d+:\d+ body: warning: links with "javascript:" are removed from the page/));
    expect(lines).toContainEqual(expect.stringMatching(/hostile\.md:\d+:\d+ body: warning: links with "vbscript:" are removed from the page/));
    expect(lines).toContainEqual(expect.stringMatching(/hostile\.md:\d+:\d+ body: warning: links with "data:" are removed from the page/));
  });

  it('builds for production, with nothing of it live', () => {
    expect(preview.status, preview.output).toBe(0);
    const pages = allPages(preview.outDir);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const where = page.file;
      // The search page is the one page with JavaScript of its own; elsewhere only JSON-LD data.
      if (page.file !== 'search/index.html') {
        for (const script of selectAll('script', page.tree) as Element[]) expect(script.properties.type, where).toBe('application/ld+json');
      }
      for (const node of selectAll('*', page.tree) as Element[]) {
        for (const name of Object.keys(node.properties)) expect(/^on/i.test(name), `${where}: <${node.tagName} ${name}>`).toBe(false);
        for (const attribute of ['href', 'src', 'action', 'formAction', 'data'] as const) {
          const value = node.properties[attribute];
          if (typeof value === 'string')
            expect(value.replace(/[\s\u0000-\u001f]/g, ''), `${where}: <${node.tagName} ${attribute}>`).not.toMatch(/^(javascript|data|vbscript):/i);
        }
      }
      // The site's own search box (a GET form to /search/, on the 404 page) is the one form allowed.
      const ownSearch = new Set(selectAll('form.search-box, form.search-box *', page.tree));
      for (const tag of ['iframe', 'form', 'object', 'embed', 'svg', 'input', 'button'])
        expect(
          selectAll(tag, page.tree).filter((n) => !ownSearch.has(n)),
          `${where}: <${tag}>`,
        ).toEqual([]);
      for (const form of ownSearch) if ((form as Element).tagName === 'form') expect((form as Element).properties.action, where).toMatch(/\/search\/$/);
      expect(selectAll('base', page.tree), where).toEqual([]);
      // The site's own Content-Security-Policy is the only http-equiv allowed.
      const httpEquiv = (selectAll('meta[http-equiv]', page.tree) as Element[]).map((m) => String(m.properties.httpEquiv).toLowerCase());
      expect(
        httpEquiv.filter((value) => value !== 'content-security-policy'),
        where,
      ).toEqual([]);
      expect(selectAll('main style, main link, main meta', page.tree), where).toEqual([]);
      expect(selectAll('main [style]', page.tree), where).toEqual([]);
      expect(selectAll('[id="main"]', page.tree), where).toHaveLength(1);
      expect(select('[id="main"]', page.tree)?.tagName, where).toBe('main');
      expect(duplicateIds(page.tree), where).toEqual([]);
    }
  });

  it('keeps the visible text of the hostile article, with content ids prefixed', () => {
    const page = readPage(preview.outDir, 'articles/hostile/index.html');
    const text = textOf(select('main', page.tree)!);
    for (const visible of [
      'Visible paragraph after the scripts.',
      'paragraph with handlers',
      'plain javascript link',
      'entity encoded link',
      'vbscript link',
      'styled paragraph text',
      'div claiming the main id',
      'details body text',
      'markdown javascript link',
      'Closing paragraph of the hostile article.',
    ]) {
      expect(text, visible).toContain(visible);
    }
    expect(text).not.toContain("alert('script element')");
    expect(text).not.toContain('body { display: none }');
    expect(select('[id="user-content-main"]', page.tree)?.tagName).toBe('div');
    expect(select('[id="user-content-site-header"]', page.tree)).toBeTruthy();
  });

  it('keeps an id-less claim apart from a written id that spells its old anchor', () => {
    const page = readPage(preview.outDir, 'claims/index.html');
    const items = (selectAll('li[id^="claim-"]', page.tree) as Element[]).map((li) => [String(li.properties.id), textOf(li)] as const);
    const mallory = items.find(([, text]) => text.includes('Mallory says nothing here can run'));
    const eve = items.find(([, text]) => text.includes('Eve Tarrant says this claim is hers'));
    expect(mallory?.[0]).toBe('claim-hostile--1');
    expect(eve?.[0]).toBe('claim-hostile-1');
    expect(mallory?.[1]).toContain('Mallory');
    expect(eve?.[1]).toContain('Eve Tarrant');
    expect(eve?.[1]).not.toContain('Mallory');
  });

  it('renders legitimate text of every script intact, clipped only between graphemes', () => {
    const page = readPage(preview.outDir, 'articles/every-script/index.html');
    expect(textOf(select('h1', page.tree)!)).toBe('👩‍👩‍👧‍👦 🇺🇦 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Переговори, مفاوضات, שיחות, 和平谈判, क्‍ष, می‌خواهم');
    expect(textOf(select('main', page.tree)!)).toContain('Київ, القدس, ירושלים, 東京, दिल्ली, 👩‍👩‍👧‍👦');
    // The summary is longer than the meta description: it is clipped, never inside a character.
    for (const selector of ['meta[name="description"]', 'meta[property="og:description"]']) {
      const content = String((select(selector, page.tree) as Element | undefined)?.properties.content ?? '');
      expect(content.length, selector).toBeGreaterThan(0);
      expect(content.isWellFormed(), selector).toBe(true);
      expect(content, selector).not.toContain('\ufffd');
    }
    for (const other of allPages(preview.outDir)) expect(other.html, other.file).not.toContain('\ufffd');
  });

  it('escapes frontmatter text everywhere, JSON-LD included', () => {
    const page = readPage(preview.outDir, 'articles/hostile/index.html');
    // Titles get curly quotes like bodies (src/loader/typography.ts); entities stay text.
    expect(textOf(select('h1', page.tree)!)).toBe('Hostile: “quotes”, & ampersands, &lt;/script&gt; entities and a ‘ quote');
    const [jsonLd, ...others] = selectAll('script', page.tree) as Element[];
    expect(others).toEqual([]);
    const data = JSON.parse(textOf(jsonLd!));
    expect(data.isBasedOn).toEqual(["https://evil.example/?q=</script><script>alert('source')</script>"]);
    expect(page.html).not.toContain("<script>alert('source')");
    expect(page.html).not.toContain("<script>alert('claim')");
    const sources = (selectAll('a.external', page.tree) as Element[]).map((a) => String(a.properties.href));
    expect(sources).toContain('https://evil.example/?q=%3C/script%3E%3Cscript%3Ealert(%27source%27)%3C/script%3E');
  });
});
