import { describe, expect, it } from 'vitest';
import { recentClaimChanges } from '../../src/site/claim-changes.ts';
import { claimLedger } from '../../src/site/claim-ledger.ts';
import { article } from './fixtures.ts';

const claim = (id: string, status: 'claimed' | 'unconfirmed' | 'confirmed' | 'denied') => ({ id, text: `Claim ${id} in a sentence.`, by: 'envoy', status });

describe('claim-changes', () => {
  const a = article('a', { published: '2025-08-01', claims: [claim('x', 'claimed'), claim('y', 'claimed'), claim('z', 'claimed')] });
  const b = article('b', { published: '2025-08-05', claims: [claim('x', 'unconfirmed'), claim('y', 'claimed')] });
  const c = article('c', { published: '2025-08-09', claims: [claim('x', 'unconfirmed'), claim('z', 'denied')] });
  const ledger = claimLedger([a, b, c]);

  it('lists each changed claim once, at its latest change, newest first', () => {
    const changes = recentClaimChanges(ledger);
    expect(changes.map((ch) => [ch.claim.id, ch.from, ch.to, ch.articleId])).toEqual([
      ['z', 'claimed', 'denied', 'c'],
      ['x', 'claimed', 'unconfirmed', 'b'],
    ]);
  });

  it('leaves out claims whose status never changed, and respects the limit', () => {
    expect(recentClaimChanges(ledger).some((ch) => ch.claim.id === 'y')).toBe(false);
    expect(recentClaimChanges(ledger, 1)).toHaveLength(1);
  });
});
