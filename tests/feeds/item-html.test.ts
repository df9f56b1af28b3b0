import { describe, expect, it } from 'vitest';
import { itemHtml } from '../../src/feeds/item-ledger.ts';

describe('itemHtml', () => {
  const item = {
    html: '<h2 id="talks">Talks<a class="heading-anchor" href="#talks" aria-label="Section titled “Talks”"></a></h2><p><a href="/briefing/topics/grain/">Grain</a></p>',
    ledger: { keyPoints: ['Talks resumed.'] },
  };

  it('is the body as feeds carry it, wrapped with the ledger', () => {
    expect(itemHtml(item, 'https://newsroom.example.org/briefing/articles/a/')).toBe(
      '<h2>Key points</h2><ul><li>Talks resumed.</li></ul><h2 id="talks">Talks</h2><p><a href="https://newsroom.example.org/briefing/topics/grain/">Grain</a></p>',
    );
  });

  it('is made again for another address, and absent without a body', () => {
    expect(itemHtml(item, 'https://other.example.org/articles/a/')).toContain('href="https://other.example.org/briefing/topics/grain/"');
    expect(itemHtml({ ledger: {} }, 'https://other.example.org/')).toBeUndefined();
  });
});
