import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/pipeline/markdown/parse-markdown.ts';
import { hasRawHtml } from '../../../src/pipeline/markdown/raw-html.ts';
import { toSafeHast } from '../../../src/pipeline/render/raw-html.ts';

function tree(markdown: string) {
  const parsed = parseMarkdown(markdown);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.tree;
}

describe('toSafeHast', () => {
  it('parses raw HTML across blocks, so Markdown inside a raw element stays inside it', () => {
    const html = toHtml(toSafeHast(tree('<details>\n\n**Inside**\n\n</details>\n')));
    expect(html).toBe('<details>\n<p><strong>Inside</strong></p>\n</details>');
  });

  it('cleans raw HTML to the allowlist and prefixes its ids', () => {
    const html = toHtml(toSafeHast(tree('<p onclick="x()" style="color:red" id="main">Text</p><script>alert(1)</script>\n')));
    expect(html).toBe('<p id="user-content-main">Text</p>');
  });

  it('tells bodies with raw HTML from those without', () => {
    expect(hasRawHtml(tree('Plain *text*.\n'))).toBe(false);
    expect(hasRawHtml(tree('Some <b>bold</b>.\n'))).toBe(true);
  });
});
