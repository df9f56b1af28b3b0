import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/pipeline/markdown/parse-markdown.ts';
import { renderMarkdown } from '../../src/pipeline/render/render-markdown.ts';

function html(markdown: string): string {
  const parsed = parseMarkdown(markdown);
  if (!parsed.ok) throw new Error(parsed.message);
  return renderMarkdown(parsed.tree, { base: '/', siteHost: 'x.example', resolveMarkdownLink: () => undefined }).html;
}

describe('smart punctuation', () => {
  it('curls quotes by what stands before them, across inline markup', () => {
    expect(html('He said "it is *done*" and \'so\' on.')).toContain('He said “it is <em>done</em>” and ‘so’ on.');
    expect(html('"*Quoted emphasis*"')).toContain('“<em>Quoted emphasis</em>”');
    expect(html('Russia\'s demands in the \'90s, ("bracketed")')).toContain('Russia’s demands in the ’90s, (“bracketed”)');
  });

  it('turns dashes and dots into typographic ones', () => {
    expect(html('1990--1995 --- a pause...')).toContain('1990–1995 — a pause…');
  });

  it('leaves code, inline code and URLs alone', () => {
    const out = html('Run `echo "x" -- y`\n\n```\nsay "hi" -- ...\n```\n\n[link](https://example.org/a--b)');
    expect(out).toContain('<code>echo "x" -- y</code>');
    expect(out).toContain('say "hi" -- ...');
    expect(out).toContain('href="https://example.org/a--b"');
  });
});
