import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/pipeline/markdown/parse-markdown.ts';
import { renderMarkdown } from '../../src/pipeline/render/render-markdown.ts';
import { renderOptionsFor, type RenderSettings } from '../../src/pipeline/render/render-settings.ts';

const settings: RenderSettings = {
  base: '/briefing/',
  siteHost: 'newsroom.example.org',
  siteUrl: 'https://newsroom.example.org/',
  pathByFile: {
    'content/articles/a.md': '/articles/a/',
    'content/topics/grain.md': '/topics/grain/',
    'content/uk/articles/a.md': '/uk/articles/a/',
  },
  languages: ['uk'],
};

function render(markdown: string, file: string, with_ = settings) {
  const parsed = parseMarkdown(markdown);
  if (!parsed.ok) throw new Error(parsed.message);
  return renderMarkdown(parsed.tree, renderOptionsFor(file, with_));
}

describe("an item's feed HTML", () => {
  const body = '## Talks\n\nSee [grain](/topics/grain/), [below](#talks) and [the wire](https://wire.example/x).\n';

  it('is made from the same tree as the page: absolute links, no heading anchors', () => {
    const out = render(body, 'content/articles/a.md');
    expect(out.html).toContain('<a class="heading-anchor" href="#talks"');
    expect(out.html).toContain('href="/briefing/topics/grain/"');
    expect(out.feedHtml).toBe(
      '<h2 id="talks">Talks</h2>\n<p>See <a href="https://newsroom.example.org/briefing/topics/grain/">grain</a>, <a href="https://newsroom.example.org/briefing/articles/a/#talks">below</a> and <a href="https://wire.example/x" rel="noopener noreferrer external" class="external">the wire</a>.</p>',
    );
  });

  it("points a translation's links at its own edition's page", () => {
    const out = render(body, 'content/uk/articles/a.md');
    expect(out.feedHtml).toContain('href="https://newsroom.example.org/briefing/uk/articles/a/#talks"');
  });

  it('is made only for items, and only when the site address is known', () => {
    expect(render(body, 'content/topics/grain.md').feedHtml).toBeUndefined();
    const { siteUrl: _none, ...withoutSite } = settings;
    expect(render(body, 'content/articles/a.md', withoutSite).feedHtml).toBeUndefined();
  });

  it("leaves the page's text and word count as they are", () => {
    const withFeed = render(body, 'content/articles/a.md');
    const { siteUrl: _none, ...withoutSite } = settings;
    const without = render(body, 'content/articles/a.md', withoutSite);
    expect(withFeed.html).toBe(without.html);
    expect(withFeed.text).toBe(without.text);
    expect(withFeed.wordCount).toBe(without.wordCount);
  });
});
