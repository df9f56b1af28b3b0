import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/pipeline/markdown/parse-markdown.ts';
import { renderMarkdown } from '../../src/pipeline/render/render-markdown.ts';

function render(markdown: string, base = '/') {
  const parsed = parseMarkdown(markdown);
  if (!parsed.ok) throw new Error(parsed.message);
  return renderMarkdown(parsed.tree, {
    base,
    siteHost: 'briefing.example.org',
    resolveMarkdownLink: (href) => (href.startsWith('./other.md') ? `/articles/other/${href.slice('./other.md'.length)}` : undefined),
  });
}

describe('renderMarkdown', () => {
  it('gives headings ids and anchors, with smart punctuation', () => {
    const out = render('## Witkoff\'s "claim" -- today\n\n## Main\n');
    expect(out.headings.map((h) => h.id)).toEqual(['witkoffs-claim--today', 'main-1']);
    expect(out.html).toContain('Witkoff’s “claim” – today');
    // The anchor's label is an attribute, so no "Section titled …" text joins the heading.
    expect(out.html).toContain('<a class="heading-anchor" href="#witkoffs-claim--today" aria-label="Section titled “Witkoff’s “claim” – today”"></a>');
  });

  it('rewrites site links and .md links under the base path and marks external links', () => {
    const out = render('[a](/articles/x/) [b](./other.md#h) [c](https://elsewhere.example.com/) [d](https://briefing.example.org/x/)', '/briefing/');
    expect(out.html).toContain('href="/briefing/articles/x/"');
    expect(out.html).toContain('href="/briefing/articles/other/#h"');
    expect(out.html).toContain('<a href="https://elsewhere.example.com/" rel="noopener noreferrer external" class="external">c</a>');
    expect(out.html).toContain('<a href="https://briefing.example.org/x/">d</a>');
  });

  it('keeps footnote links working after ids are prefixed', () => {
    const out = render('Text[^1].\n\n[^1]: A note.\n');
    expect(out.html).toContain('href="#user-content-fn-1"');
    expect(out.html).toContain('id="user-content-fn-1"');
    expect(out.html).toContain('href="#user-content-fnref-1"');
  });

  it('keeps derived ids apart from written ones: headings never take a footnote or layout id', () => {
    const out = render('## User content fn 1\n\n## Main\n\nText[^1] <a id="fn-1">x</a> <a id="dup">a</a> <a id="dup">b</a>\n\n[^1]: A note.\n');
    const ids = [...out.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('user-content-fn-1');
    expect(out.headings.map((h) => h.id)).toEqual(['section-user-content-fn-1', 'main-1']);
  });

  it('lazy-loads images, leaves out remote ones and turns task boxes into text', () => {
    const out = render(
      '![A map](./map.png)\n\n![A remote map](https://example.org/map.png)\n\n<img src="//cdn.example.org/x.png" alt="raw">\n\n- [x] done\n- [ ] open\n',
    );
    expect(out.html).toContain('<img src="./map.png" alt="A map" loading="lazy" decoding="async">');
    expect(out.html).not.toContain('example.org');
    expect(out.html).not.toContain('<input');
    expect(out.html).toContain('Done: ');
  });

  it('removes everything live from raw HTML and keeps its text', () => {
    const hostile = [
      '<script>alert(1)</script><p onclick="alert(2)" style="color:red" id="main">Visible paragraph</p>',
      '<a href="jAvAsCrIpT&#x3A;alert(3)">entity link</a> <a href="java\tscript:alert(4)">tab link</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD4=">data link</a> <a href="vbscript:msgbox(5)">vb link</a>',
      '<img src="x" onerror="alert(6)" alt="pic"><iframe src="https://evil.example"></iframe>',
      '<form action="https://evil.example"><button>Send</button></form><base href="https://evil.example/">',
      '<meta http-equiv="refresh" content="0;url=https://evil.example"><style>body{display:none}</style>',
      '<svg><script>alert(7)</script></svg><math><mi>x</mi></math><object data="x"></object>',
    ].join('\n');
    const { html, text } = render(`${hostile}\n`);
    expect(html).not.toMatch(/<script|<iframe|<form|<base|<meta|<style|<svg|<object|\son[a-z]+=|style=|javascript:|vbscript:|data:/i);
    expect(html).toContain('id="user-content-main"');
    for (const visible of ['Visible paragraph', 'entity link', 'tab link', 'data link', 'vb link', 'Send']) expect(text).toContain(visible);
  });

  it('treats links inside headings like every other link', () => {
    // One walk per step: a heading's contents are no longer skipped after its anchor is added.
    const out = render('## After [the summit](/articles/x/) and [the talks](https://elsewhere.example.com/)\n', '/briefing/');
    expect(out.html).toContain('<a href="/briefing/articles/x/">the summit</a>');
    expect(out.html).toContain('<a href="https://elsewhere.example.com/" rel="noopener noreferrer external" class="external">the talks</a>');
    expect(out.headings.map((h) => h.id)).toEqual(['after-the-summit-and-the-talks']);
  });

  it('counts words and reading time', () => {
    const out = render(`${'word '.repeat(660)}\n`);
    expect(out.wordCount).toBe(660);
    expect(out.readingMinutes).toBe(3);
  });
});
