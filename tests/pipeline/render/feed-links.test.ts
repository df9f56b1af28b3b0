import { describe, expect, it } from 'vitest';
import { feedLinks } from '../../../src/pipeline/render/feed-links.ts';
import { applyStep } from './tree.ts';

const pageUrl = 'https://newsroom.example.org/briefing/articles/x/';

describe('feedLinks', () => {
  it('makes site and fragment links absolute and drops heading anchors', () => {
    const html = applyStep(
      '<h2 id="talks">Talks<a class="heading-anchor" href="#talks" aria-label="Section titled “Talks”"></a></h2><p><a href="/briefing/topics/y/">t</a> <a href="#talks">up</a> <a href="https://elsewhere.example.com/">e</a> <img src="/briefing/_astro/map.webp" alt="m"></p>',
      (tree) => feedLinks(tree, { pageUrl }),
    );
    expect(html).toBe(
      '<h2 id="talks">Talks</h2><p><a href="https://newsroom.example.org/briefing/topics/y/">t</a> <a href="https://newsroom.example.org/briefing/articles/x/#talks">up</a> <a href="https://elsewhere.example.com/">e</a> <img src="https://newsroom.example.org/briefing/_astro/map.webp" alt="m"></p>',
    );
  });

  it('leaves text that looks like markup alone', () => {
    // The old regular expression rewrote ` href="/…"` wherever it appeared, code samples too.
    const html = applyStep('<pre><code>&#x3C;a href="/x/"></code></pre>', (tree) => feedLinks(tree, { pageUrl }));
    expect(html).toBe('<pre><code>&#x3C;a href="/x/"></code></pre>');
  });
});
