import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/pipeline/markdown/parse-markdown.ts';
import { renderMarkdown } from '../../src/pipeline/render/render-markdown.ts';
import { renderOptionsFor, type RenderSettings } from '../../src/pipeline/render/render-settings.ts';

const settings: RenderSettings = {
  base: '/briefing/',
  siteHost: 'briefing.example.org',
  languages: ['uk'],
  pathByFile: {
    'content/articles/2025/a.md': '/articles/a/',
    'content/articles/2025/b.md': '/articles/b/',
    'content/topics/t.md': '/topics/t/',
    'content/uk/articles/2025/a.md': '/uk/articles/a/',
    'content/uk/topics/t.md': '/uk/topics/t/',
  },
};

function html(file: string, markdown: string): string {
  const parsed = parseMarkdown(markdown);
  if (!parsed.ok) throw new Error(parsed.message);
  return renderMarkdown(parsed.tree, renderOptionsFor(file, settings)).html;
}

describe('links in a translation stay in its edition', () => {
  const body = '[a](/articles/a/#x) [b](/articles/b/) [t](/topics/t) [ledger](/claims/) [home](/)';

  it('go to the translated page, the edition index pages, or else the original', () => {
    const out = html('content/uk/articles/2025/a.md', body);
    expect(out).toContain('href="/briefing/uk/articles/a/#x"');
    expect(out).toContain('href="/briefing/articles/b/"');
    expect(out).toContain('href="/briefing/uk/topics/t/"');
    expect(out).toContain('href="/briefing/uk/claims/"');
    expect(out).toContain('href="/briefing/uk/"');
  });

  it("leave the originals' links alone", () => {
    const out = html('content/articles/2025/b.md', body);
    expect(out).toContain('href="/briefing/articles/a/#x"');
    expect(out).toContain('href="/briefing/claims/"');
  });
});

describe('the labels the render adds', () => {
  const body = '## Хроніка\n\n| a |\n| - |\n| 1 |\n';

  it("are in a translation's language", () => {
    const out = html('content/uk/articles/2025/a.md', body);
    expect(out).toContain('aria-label="Розділ «Хроніка»"');
    expect(out).toContain('aria-label="Таблиця 1"');
  });

  it('stay English in the originals', () => {
    const out = html('content/articles/2025/b.md', body);
    expect(out).toContain('aria-label="Section titled “Хроніка”"');
    expect(out).toContain('aria-label="Table 1"');
  });
});
