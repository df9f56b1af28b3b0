import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/pipeline/analyze-file.ts';
import { parseMarkdown } from '../../src/pipeline/markdown/parse-markdown.ts';
import { parseRawHtml } from '../../src/pipeline/markdown/raw-html.ts';
import { renderMarkdown } from '../../src/pipeline/render/render-markdown.ts';

function tree(markdown: string) {
  const parsed = parseMarkdown(markdown);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.tree;
}

const options = { base: '/', siteHost: 'x.example', resolveMarkdownLink: () => undefined };

describe('parseRawHtml', () => {
  it('is nothing for a body without raw HTML', () => {
    expect(parseRawHtml(tree('Plain [link](/a/) and *text*.\n'))).toBeUndefined();
  });

  it('lists only the elements written in raw HTML, where each starts in the body', () => {
    const raw = parseRawHtml(tree('A [markdown](/md/) link.\n\nThen <a href="/raw/" id="r">raw</a> and\n<span\n  id="later">x</span>.\n'))!;
    expect(raw.elements.map(({ element, start }) => [element.tagName, start.line, start.column])).toEqual([
      ['a', 3, 6],
      ['span', 4, 1],
    ]);
  });

  it('reads a tag opened in one block and closed in another as one element', () => {
    const raw = parseRawHtml(tree('<details id="d">\n\n**Inside**\n\n</details>\n'))!;
    expect(raw.elements.map(({ element }) => element.tagName)).toEqual(['details']);
    expect(toHtml(raw.hast)).toContain('<strong>Inside</strong>');
  });

  it('lists an element the parser makes up inside raw HTML with its parent, and none made elsewhere', () => {
    const table = parseRawHtml(tree('<table id="t"><tr id="r"><td>x</td></tr></table>\n'))!;
    expect(table.elements.map(({ element, start }) => [element.tagName, start.line])).toEqual([
      ['table', 1],
      ['tbody', 1],
      ['tr', 1],
      ['td', 1],
    ]);
    // A reopened formatting element copies its original, which is listed once.
    const misnested = parseRawHtml(tree('<b id="x"><i>one</b> two</i>\n'))!;
    expect(misnested.elements.map(({ element }) => element.tagName)).toEqual(['b', 'i']);
    // The footnotes' section (and its "footnote-label" heading) comes from Markdown, after the last raw element.
    const notes = parseRawHtml(tree('Text[^1].\n\n<a id="x">raw</a>\n\n[^1]: A note.\n'))!;
    expect(notes.elements.map(({ element }) => element.properties.id)).toEqual(['x']);
  });
});

describe('raw HTML is parsed once', () => {
  it('the analysis hands its parsed tree to the renderer, which sanitises that tree instead of parsing again', () => {
    const bytes = new TextEncoder().encode('---\ntitle: x\n---\nSome <em id="e">raw</em> text.\n');
    const { tree: markdown, rawHtml } = analyzeFile({ file: 'content/pages/x.md', collection: 'pages', id: 'x' }, bytes);
    expect(rawHtml).toBeDefined();
    // A stand-in tree proves which one is rendered: a second parse would bring back <em>.
    const standIn: HastRoot = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'from the analysis' }] }],
    };
    expect(renderMarkdown(markdown!, options, standIn).html).toBe('<p>from the analysis</p>');
    expect(renderMarkdown(tree('Some <em id="e">raw</em> text.\n'), options, rawHtml).html).toBe('<p>Some <em id="user-content-e">raw</em> text.</p>');
  });

  it('still sanitises the tree it is handed', () => {
    const raw = parseRawHtml(tree('<p onclick="x()">Hi</p><script>alert(1)</script>\n'))!;
    expect(renderMarkdown(tree('x\n'), options, raw.hast).html).toBe('<p>Hi</p>');
  });
});
