import { describe, expect, it } from 'vitest';
import { claimAnchor, claimLedger, claimsInArticle, lastReported } from '../../src/site/claim-ledger.ts';
import { article } from './fixtures.ts';

const first = article('first', {
  published: '2025-08-17T10:00:00Z',
  topics: ['alpha'],
  claims: [
    { id: 'deal', text: 'A deal was agreed at the summit.', by: 'envoy', status: 'claimed', source: 'https://tv.example/' },
    { text: 'The weather was fine at the summit.', by: 'host', status: 'confirmed' },
  ],
});
const second = article('second', {
  published: '2025-08-20T10:00:00Z',
  topics: ['beta'],
  claims: [{ id: 'deal', text: 'A deal was agreed at the summit, the envoy says.', by: 'envoy', status: 'unconfirmed' }],
});

describe('claim-ledger', () => {
  it('follows a claim with an id across items, oldest report first, latest status on top', () => {
    const ledger = claimLedger([second, first]);
    const deal = ledger.find((claim) => claim.id === 'deal')!;
    expect(deal.status).toBe('unconfirmed');
    expect(deal.text).toBe('A deal was agreed at the summit, the envoy says.');
    expect(deal.reports.map((r) => [r.articleId, r.status, r.source])).toEqual([
      ['first', 'claimed', 'https://tv.example/'],
      ['second', 'unconfirmed', undefined],
    ]);
    expect(deal.topics).toEqual(['alpha', 'beta']);
    expect(lastReported(deal)).toBe('2025-08-20T10:00:00Z');
  });

  it('lets a claim without an id stand alone', () => {
    const ledger = claimLedger([first, second]);
    expect(ledger.map((claim) => claim.anchor)).toEqual(['claim-deal', 'claim-first--2']);
    const alone = ledger[1]!;
    expect(alone.id).toBeUndefined();
    expect(alone.reports).toHaveLength(1);
  });

  it('keeps two id-less claims of the same wording apart', () => {
    const text = 'Something was said twice by two items.';
    const a = article('a', { claims: [{ text, by: 'x', status: 'claimed' }] });
    const b = article('b', { claims: [{ text, by: 'x', status: 'claimed' }] });
    expect(claimLedger([a, b])).toHaveLength(2);
  });

  it('lists the claims of one item', () => {
    const ledger = claimLedger([first, second]);
    expect(claimsInArticle(ledger, 'second').map((c) => c.anchor)).toEqual(['claim-deal']);
    expect(claimsInArticle(ledger, 'first')).toHaveLength(2);
  });

  it('names anchors after the id, or the item and position', () => {
    expect(claimAnchor('item', 0, 'x')).toBe('claim-x');
    expect(claimAnchor('item', 2)).toBe('claim-item--3');
  });

  it('never merges an id-less claim with a written id that spells the same anchor', () => {
    // Written id "item-1" and the first id-less claim of item "item" once both became claim-item-1.
    const a = article('item', { claims: [{ text: 'The first speaker said one thing.', by: 'first-speaker', status: 'claimed' }] });
    const b = article('other', { claims: [{ id: 'item-1', text: 'The second speaker said another.', by: 'second-speaker', status: 'denied' }] });
    const ledger = claimLedger([a, b]);
    expect(ledger).toHaveLength(2);
    expect(new Set(ledger.map((c) => c.anchor)).size).toBe(2);
    expect(ledger.find((c) => c.by === 'first-speaker')!.text).toBe('The first speaker said one thing.');
  });
});
