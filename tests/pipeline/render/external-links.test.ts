import { describe, expect, it } from 'vitest';
import { externalLinks } from '../../../src/pipeline/render/external-links.ts';
import { applyStep } from './tree.ts';

describe('externalLinks', () => {
  it('marks web links to other hosts, and only those', () => {
    const html = applyStep(
      '<a href="https://elsewhere.example.com/x">a</a><a href="http://briefing.example.org/x/">b</a><a href="/articles/x/">c</a><a href="mailto:desk@example.org">d</a><a href="//cdn.example.org/">e</a>',
      (tree) => externalLinks(tree, { siteHost: 'briefing.example.org' }),
    );
    expect(html).toBe(
      '<a href="https://elsewhere.example.com/x" rel="noopener noreferrer external" class="external">a</a><a href="http://briefing.example.org/x/">b</a><a href="/articles/x/">c</a><a href="mailto:desk@example.org">d</a><a href="//cdn.example.org/">e</a>',
    );
  });

  it('keeps the classes a link already has', () => {
    expect(applyStep('<a class="card" href="https://elsewhere.example.com/">a</a>', (tree) => externalLinks(tree, { siteHost: 'x.example' }))).toBe(
      '<a class="card external" href="https://elsewhere.example.com/" rel="noopener noreferrer external">a</a>',
    );
  });
});
