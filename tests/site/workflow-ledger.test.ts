// Status updates and withdrawals in the claim ledger, the timeline and the home page's
// "what changed".
import { describe, expect, it } from 'vitest';
import { recentClaimChanges } from '../../src/site/claim-changes.ts';
import { claimLedger, claimsInArticle } from '../../src/site/claim-ledger.ts';
import { statusChanges } from '../../src/site/status-changes.ts';
import { timeline } from '../../src/site/timeline.ts';
import { withdrawalNotice } from '../../src/site/withdrawal.ts';
import { article, update } from './fixtures.ts';

const first = article('first', {
  published: '2025-08-17T10:00:00Z',
  topics: ['alpha'],
  claims: [{ id: 'deal', text: 'A deal was agreed.', by: 'envoy', status: 'claimed' }],
});
const moved = update('2025-08-20-deal-denied', '2025-08-20T09:00:00Z', [
  { id: 'deal', status: 'denied', note: 'The other side denied it on the record.', source: 'https://wire.example/denial' },
]);
const unknown = update('2025-08-21-nothing', '2025-08-21', [
  { id: 'no-such-claim', status: 'confirmed', note: 'Skipped by the site.', source: 'https://wire.example/' },
]);

describe('status updates', () => {
  it('join the claim history after the items, with note and source, and set the latest status', () => {
    const [deal] = claimLedger([first], [moved, unknown]);
    expect(deal!.status).toBe('denied');
    expect(deal!.reports.map((r) => [r.status, r.update, r.path, r.note])).toEqual([
      ['claimed', undefined, '/articles/first/', undefined],
      ['denied', '2025-08-20-deal-denied', '/claims/#claim-deal', 'The other side denied it on the record.'],
    ]);
    // An update is not an item: item pages do not list it as one of theirs.
    expect(claimsInArticle(claimLedger([first], [moved]), '')).toEqual([]);
  });

  it('count as a change on the home page, in the timeline and in the feeds', () => {
    const ledger = claimLedger([first], [moved]);
    expect(recentClaimChanges(ledger)[0]).toMatchObject({ from: 'claimed', to: 'denied', path: '/claims/#claim-deal', title: 'a status update' });
    const entries = timeline([first], 'alpha', ledger);
    expect(entries.map((e) => [e.kind, e.title])).toEqual([
      ['item', 'Title of first'],
      ['update', 'Claim now Denied: A deal was agreed.'],
    ]);
    expect(statusChanges(ledger)).toEqual([
      {
        update: '2025-08-20-deal-denied',
        anchor: 'claim-deal',
        date: '2025-08-20T09:00:00Z',
        status: 'denied',
        claim: 'A deal was agreed.',
        note: 'The other side denied it on the record.',
        topics: ['alpha'],
        by: 'envoy',
      },
    ]);
  });
});

describe('withdrawals', () => {
  const gone = article('gone', {
    status: 'withdrawn',
    visibility: 'withdrawn',
    withdrawn: { date: '2025-08-18', reason: 'The source was a parody account.' },
    claims: [{ id: 'fake', text: 'Something that never happened.', by: 'envoy', status: 'claimed' }],
  });

  it('keep the claims the item introduced in the ledger, marked', () => {
    const claim = claimLedger([first, gone]).find((c) => c.id === 'fake')!;
    expect(claim.withdrawn).toBe(true);
    expect(claim.reports[0]!.withdrawn).toBe(true);
    expect(claimLedger([first, gone]).find((c) => c.id === 'deal')!.withdrawn).toBeUndefined();
  });

  it('give a notice with title, dates and reason, and none for other items', () => {
    expect(withdrawalNotice(gone)).toEqual({
      title: 'Title of gone',
      published: '2025-08-17T12:00:00+02:00',
      date: '2025-08-18',
      reason: 'The source was a parody account.',
      claims: 1,
    });
    expect(withdrawalNotice(first)).toBeUndefined();
  });
});
