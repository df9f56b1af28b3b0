// The ledger's derived views: moves since an item, filters and counts, corrections, freshness.
import { describe, expect, it } from 'vitest';
import { claimFilters, claimsMatching, countByStatus } from '../../src/site/claim-filters.ts';
import { claimLedger } from '../../src/site/claim-ledger.ts';
import { claimMovesSince } from '../../src/site/claim-moves.ts';
import { allCorrections } from '../../src/site/corrections.ts';
import { lastUpdated } from '../../src/site/freshness.ts';
import { article } from './fixtures.ts';

const first = article('first', {
  published: '2025-08-17',
  topics: ['alpha'],
  claims: [
    { id: 'c', text: 'It was agreed.', by: 'envoy', status: 'claimed' },
    { text: 'A one-off.', by: 'other', status: 'confirmed' },
  ],
});
const second = article('second', {
  published: '2025-08-19',
  topics: ['beta'],
  claims: [{ id: 'c', text: 'It was agreed.', by: 'envoy', status: 'unconfirmed', note: 'No text.' }],
});
const third = article('third', {
  published: '2025-08-20',
  updated: '2025-08-22',
  topics: ['beta'],
  claims: [{ id: 'c', text: 'It was agreed.', by: 'envoy', status: 'unconfirmed' }],
  corrections: [{ date: '2025-08-22', text: 'The date was wrong.' }],
});
const ledger = claimLedger([first, second, third]);

describe('claim views', () => {
  it('says which claims moved since an item, and the report that moved them', () => {
    const moves = claimMovesSince(ledger, 'first');
    expect(moves.map((m) => [m.claim.id, m.was, m.now, m.articleId, m.date])).toEqual([['c', 'claimed', 'unconfirmed', 'second', '2025-08-19']]);
    expect(claimMovesSince(ledger, 'second')).toEqual([]);
    expect(ledger.find((c) => c.id === 'c')!.reports[1]!.note).toBe('No text.');
  });

  it('counts claims per status and builds one filter page per status, actor and topic', () => {
    expect(countByStatus(ledger)).toEqual({ claimed: 0, unconfirmed: 1, confirmed: 1, disputed: 0, denied: 0, retracted: 0 });
    const filters = claimFilters(ledger);
    expect(filters.status.map((f) => [f.path, f.count])).toEqual([
      ['/claims/status/unconfirmed/', 1],
      ['/claims/status/confirmed/', 1],
    ]);
    expect(filters.actor.map((f) => f.value)).toEqual(['envoy', 'other']);
    expect(filters.topic.map((f) => [f.value, f.count])).toEqual([
      ['alpha', 2],
      ['beta', 1],
    ]);
    expect(claimsMatching(ledger, 'topic', 'beta').map((c) => c.id)).toEqual(['c']);
  });

  it('lists corrections newest first with their item, and finds the latest change', () => {
    expect(allCorrections([first, third])).toEqual([{ date: '2025-08-22', text: 'The date was wrong.', articleId: 'third', articleTitle: 'Title of third' }]);
    expect(lastUpdated([first, second, third])).toBe('2025-08-22');
    expect(lastUpdated([])).toBeUndefined();
  });
});

describe('trust pages', async () => {
  const { correctionsPolicyPath, statusLegendPath } = await import('../../src/site/trust-pages.ts');
  const page = (id: string, headings: Array<{ depth: number; id: string; text: string }>) => ({
    id,
    data: { title: id, summary: 's', order: 1, file: '', wordCount: 1, readingMinutes: 1, headings },
  });
  it('links the status definitions and the corrections policy to their sections of the methodology page', () => {
    const pages = [
      page('about', []),
      page('methodology', [
        { depth: 2, id: 'what-each-claim-status-means', text: 'What each claim status means' },
        { depth: 2, id: 'corrections-policy', text: 'Corrections policy' },
      ]),
    ];
    expect(statusLegendPath(pages)).toBe('/methodology/#what-each-claim-status-means');
    expect(correctionsPolicyPath(pages)).toBe('/methodology/#corrections-policy');
    expect(statusLegendPath([page('methodology', [])])).toBe('/methodology/');
    expect(statusLegendPath([page('about', [])])).toBeUndefined();
  });

  it('links the same section of a translated methodology page by position, since its headings are in another language', () => {
    const original = [
      page('methodology', [
        { depth: 2, id: 'how-we-choose-sources', text: 'How we choose sources' },
        { depth: 2, id: 'corrections-policy', text: 'Corrections policy' },
      ]),
    ];
    const translated = [
      page('methodology', [
        { depth: 2, id: 'як-ми-обираємо-джерела', text: 'Як ми обираємо джерела' },
        { depth: 3, id: 'x', text: 'x' },
        { depth: 2, id: 'правила-виправлень', text: 'Правила виправлень' },
      ]),
    ];
    expect(correctionsPolicyPath(original, translated)).toBe('/methodology/#правила-виправлень');
    // A translation whose sections differ from the original's gets the page, not a wrong section.
    const reshaped = [page('methodology', [{ depth: 2, id: 'усе-разом', text: 'Усе разом' }])];
    expect(correctionsPolicyPath(original, reshaped)).toBe('/methodology/');
    expect(correctionsPolicyPath(original, [])).toBe('/methodology/#corrections-policy');
  });
});
