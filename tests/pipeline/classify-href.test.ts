import { describe, expect, it } from 'vitest';
import { classifyHref, isRemote, resolveMarkdownLink, type HrefKind } from '../../src/pipeline/markdown/classify-href.ts';

const TABLE: Array<[string, HrefKind]> = [
  ['', { kind: 'empty' }],
  ['   ', { kind: 'empty' }],
  ['#talks', { kind: 'fragment', fragment: 'talks' }],
  ['#', { kind: 'fragment', fragment: '' }],
  ['/articles/x/', { kind: 'site', path: '/articles/x/' }],
  [' /articles/x/#y ', { kind: 'site', path: '/articles/x/#y' }],
  ['//cdn.example.org/x.png', { kind: 'protocol-relative' }],
  ['https://example.org/', { kind: 'web', scheme: 'https' }],
  ['HTTP://example.org/', { kind: 'web', scheme: 'http' }],
  ['mailto:desk@example.org', { kind: 'contact', scheme: 'mailto' }],
  ['tel:+380441234567', { kind: 'contact', scheme: 'tel' }],
  ['javascript:alert(1)', { kind: 'unsafe', scheme: 'javascript' }],
  // Browsers drop tabs and newlines inside a scheme, and leading controls.
  ['java\tscript:alert(1)', { kind: 'unsafe', scheme: 'javascript' }],
  ['\u0001javascript:alert(1)', { kind: 'unsafe', scheme: 'javascript' }],
  ['data:text/html;base64,AA', { kind: 'unsafe', scheme: 'data' }],
  ['./other.md#h', { kind: 'file', path: './other.md#h', markdown: true }],
  ['../topics/ceasefire.md?x=1', { kind: 'file', path: '../topics/ceasefire.md?x=1', markdown: true }],
  ['map.png', { kind: 'file', path: 'map.png', markdown: false }],
  ['notes.md.txt', { kind: 'file', path: 'notes.md.txt', markdown: false }],
];

describe('classifyHref', () => {
  it.each(TABLE)('%j is %j', (href, kind) => {
    expect(classifyHref(href)).toEqual(kind);
  });

  it('calls remote whatever leaves the site: schemes and other origins', () => {
    const remote = TABLE.filter(([href]) => isRemote(classifyHref(href))).map(([href]) => href);
    expect(remote).toEqual([
      '//cdn.example.org/x.png',
      'https://example.org/',
      'HTTP://example.org/',
      'mailto:desk@example.org',
      'tel:+380441234567',
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html;base64,AA',
    ]);
  });
});

describe('resolveMarkdownLink', () => {
  it('resolves a relative .md link against the file it is written in, decoded', () => {
    expect(resolveMarkdownLink('content/articles/2025/a.md', './b.md#h')).toBe('content/articles/2025/b.md');
    expect(resolveMarkdownLink('content/articles/2025/a.md', '../../topics/grain%20deal.md')).toBe('content/topics/grain deal.md');
  });

  it('resolves nothing that is not a relative .md link', () => {
    expect(resolveMarkdownLink('content/articles/a.md', '/articles/b/')).toBeUndefined();
    expect(resolveMarkdownLink('content/articles/a.md', 'https://example.org/b.md')).toBeUndefined();
    expect(resolveMarkdownLink('content/articles/a.md', './map.png')).toBeUndefined();
  });
});
