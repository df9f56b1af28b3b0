import { describe, expect, it } from 'vitest';
import { siteLinks, type SiteLinkOptions } from '../../../src/pipeline/render/site-links.ts';
import { applyStep } from './tree.ts';

const options: SiteLinkOptions = {
  base: '/briefing/',
  resolveMarkdownLink: (href) => (href.startsWith('./other.md') ? `/articles/other/${href.slice('./other.md'.length)}` : undefined),
};

describe('siteLinks', () => {
  it('puts site paths and resolved .md links under the base and leaves every other link alone', () => {
    const html = applyStep(
      '<a href="/articles/x/">a</a><a href="./other.md#h">b</a><a href="./missing.md">c</a><a href="#h">d</a><a href="//cdn.example.org/x">e</a><a href="https://example.org/">f</a><a href="mailto:desk@example.org">g</a>',
      (tree) => siteLinks(tree, options),
    );
    expect(html).toBe(
      '<a href="/briefing/articles/x/">a</a><a href="/briefing/articles/other/#h">b</a><a href="./missing.md">c</a><a href="#h">d</a><a href="//cdn.example.org/x">e</a><a href="https://example.org/">f</a><a href="mailto:desk@example.org">g</a>',
    );
  });

  it("keeps a translation's site links in its edition", () => {
    const html = applyStep('<a href="/articles/x/">a</a>', (tree) => siteLinks(tree, { ...options, base: '/', localise: (path) => `/uk${path}` }));
    expect(html).toBe('<a href="/uk/articles/x/">a</a>');
  });
});
