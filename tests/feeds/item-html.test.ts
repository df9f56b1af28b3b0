import { describe, expect, it } from 'vitest';
import { feedMessages } from '../../src/feeds/feed-messages.ts';
import { itemHtml } from '../../src/feeds/item-ledger.ts';

describe('itemHtml', () => {
  // The renderer's feed HTML: links already absolute, no heading anchors (render-markdown.test.ts).
  const item = {
    html: '<h2 id="talks">Talks</h2><p><a href="https://newsroom.example.org/briefing/topics/grain/">Grain</a></p>',
    ledger: { keyPoints: ['Talks resumed.'] },
  };

  it('is the feed body wrapped with the ledger, in the feed language', () => {
    expect(itemHtml(item)).toBe(
      '<h2>Key points</h2><ul><li>Talks resumed.</li></ul><h2 id="talks">Talks</h2><p><a href="https://newsroom.example.org/briefing/topics/grain/">Grain</a></p>',
    );
    expect(itemHtml(item, feedMessages('uk'))).toMatch(/^<h2>Головне<\/h2>/);
  });

  it('is the body alone without a ledger, and absent without a body', () => {
    expect(itemHtml({ html: '<p>Only prose.</p>' })).toBe('<p>Only prose.</p>');
    expect(itemHtml({ ledger: {} })).toBeUndefined();
  });
});
