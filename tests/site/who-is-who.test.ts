import { describe, expect, it } from 'vitest';
import { claimLedger } from '../../src/site/claim-ledger.ts';
import { byName, claimsBy, whoIsWho } from '../../src/site/who-is-who.ts';
import { actor, article } from './fixtures.ts';

describe('who-is-who', () => {
  const actors = [actor('zed', 'Zoë Zed'), actor('abe', 'Abe Able'), actor('emil', 'Émile Ek')];
  const claims = (by: string, n: number) => Array.from({ length: n }, (_, i) => ({ text: `Claim number ${i} by ${by}.`, by, status: 'claimed' as const }));
  const ledger = claimLedger([
    article('old', { published: '2025-08-01', claims: claims('zed', 2) }),
    article('new', { published: '2025-08-09', claims: [{ id: 'latest', text: 'The newest claim by zed.', by: 'zed', status: 'denied' }] }),
  ]);

  it('sorts actors by name in the site language', () => {
    expect(byName(actors, 'en').map((a) => a.id)).toEqual(['abe', 'emil', 'zed']);
  });

  it('gives every actor, with their newest claims first and a total', () => {
    const entries = whoIsWho(actors, ledger, 'en', 2);
    expect(entries.map((e) => [e.actor.id, e.claimCount, e.claims.length])).toEqual([
      ['abe', 0, 0],
      ['emil', 0, 0],
      ['zed', 3, 2],
    ]);
    expect(entries[2]?.claims[0]?.id).toBe('latest');
  });

  it('finds the claims made by one actor', () => {
    expect(claimsBy(ledger, 'zed')).toHaveLength(3);
    expect(claimsBy(ledger, 'abe')).toEqual([]);
  });
});
