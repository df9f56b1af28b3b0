import { describe, expect, it } from 'vitest';
import { claimLedger } from '../../src/site/claim-ledger.ts';
import { claimsInTopic, indexById, itemsInTopic, itemsMentioning, topicsInOrder } from '../../src/site/collection-filters.ts';
import { article, topic } from './fixtures.ts';

describe('collection-filters', () => {
  const a = article('a', { topics: ['alpha'], actors: ['x'], claims: [{ text: 'A claim made in item a.', by: 'x', status: 'claimed' }] });
  const b = article('b', { topics: ['beta'], actors: ['x', 'y'] });

  it('finds the items of a topic and the items mentioning an actor', () => {
    expect(itemsInTopic([a, b], 'beta').map((i) => i.id)).toEqual(['b']);
    expect(itemsMentioning([a, b], 'x').map((i) => i.id)).toEqual(['a', 'b']);
    expect(itemsMentioning([a, b], 'nobody')).toEqual([]);
  });

  it("finds the claims reported in a topic's items", () => {
    const ledger = claimLedger([a, b]);
    expect(claimsInTopic(ledger, 'alpha')).toHaveLength(1);
    expect(claimsInTopic(ledger, 'beta')).toHaveLength(0);
  });

  it("sorts topics by the editors' order, then title", () => {
    const list = [topic('c', 2), topic('b', 1, 'Bravo'), topic('a', 1, 'Alpha')];
    expect(topicsInOrder(list).map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });

  it('indexes entries by id', () => {
    expect(indexById([a, b]).get('b')).toBe(b);
  });
});
