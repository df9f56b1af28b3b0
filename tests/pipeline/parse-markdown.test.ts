import { describe, expect, it } from 'vitest';
import { containerDepth, MAX_NESTING } from '../../src/pipeline/markdown/markup-limits.ts';
import { parseMarkdown } from '../../src/pipeline/markdown/parse-markdown.ts';

describe('parseMarkdown', () => {
  it('parses GFM', () => {
    const result = parseMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ and a footnote[^1]\n\n[^1]: note\n');
    expect(result.ok).toBe(true);
    expect(result.ok && result.tree.children.map((n) => n.type)).toEqual(['table', 'paragraph', 'footnoteDefinition']);
  });

  it('counts block containers opened on one line', () => {
    expect(containerDepth('> > - 1. text')).toBe(4);
    expect(containerDepth('plain')).toBe(0);
    expect(containerDepth(' '.repeat(200) + 'x')).toBe(Infinity);
  });

  // Each of these takes the parser seconds to minutes; each must be refused with a line.
  const pathological: Record<string, string> = {
    'nested quotes': '>'.repeat(20_000) + ' x',
    'nested list items': '- '.repeat(20_000) + 'x',
    'deep indentation': Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
    'nested brackets': '['.repeat(20_000) + 'x' + ']'.repeat(20_000),
    'nested images': '!['.repeat(2_000) + 'x' + '](y)'.repeat(2_000),
    'emphasis runs': '*'.repeat(20_000) + 'x' + '*'.repeat(20_000),
    'huge table': '|a|b|\n|-|-|\n' + '|x|y|\n'.repeat(20_000),
  };
  for (const [name, body] of Object.entries(pathological)) {
    it(`refuses ${name}`, () => {
      const result = parseMarkdown(`Intro.\n\n${body}\n`);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.line).toBeGreaterThanOrEqual(3);
    });
  }

  it('still reads nesting up to the limit and code blocks full of markup', () => {
    expect(parseMarkdown(`${'> '.repeat(MAX_NESTING - 1)}x\n`).ok).toBe(true);
    expect(parseMarkdown('```\n' + '[*_'.repeat(2_000) + '\n```\n').ok).toBe(true);
  });
});
