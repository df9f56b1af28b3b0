import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/site/timeline.ts';
import { article } from './fixtures.ts';

describe('timeline', () => {
  const one = article('one', {
    published: '2025-08-17T18:00:00+02:00',
    topics: ['alpha', 'beta'],
    events: [
      { date: '2025-08-15', title: 'The summit takes place' },
      { date: '2025-08-17', title: 'The envoy speaks on TV', topics: ['beta'] },
    ],
  });
  const two = article('two', { published: '2025-08-16T08:00:00+02:00', topics: ['alpha'] });

  it('merges events and items in date order, oldest first', () => {
    expect(timeline([one, two]).map((e) => [e.kind, e.date])).toEqual([
      ['event', '2025-08-15'],
      ['item', '2025-08-16T08:00:00+02:00'],
      ['event', '2025-08-17'],
      ['item', '2025-08-17T18:00:00+02:00'],
    ]);
  });

  it("gives events their item's topics unless they name their own", () => {
    const events = timeline([one]).filter((e) => e.kind === 'event');
    expect(events.map((e) => e.topics)).toEqual([['alpha', 'beta'], ['beta']]);
  });

  it('narrows to a topic', () => {
    expect(timeline([one, two], 'alpha').map((e) => e.title)).toEqual(['The summit takes place', 'Title of two', 'Title of one']);
  });

  it('carries the visibility of the item for draft markers', () => {
    expect(timeline([article('d', { visibility: 'draft' })])[0]?.visibility).toBe('draft');
  });
});

describe('timeline by day', async () => {
  const { timelineByDay } = await import('../../src/site/timeline.ts');
  const { dateFormatter } = await import('../../src/site/format-date.ts');
  const dates = dateFormatter('en-GB', 'Europe/Brussels');
  it('puts the newest day first and, inside a day, events before the items, newest first', () => {
    const a = article('a', { published: '2025-08-17T09:00:00+02:00', events: [{ date: '2025-08-17', title: 'Envoy speaks' }] });
    const b = article('b', { published: '2025-08-17T21:00:00+02:00' });
    // 23:30 UTC on the 15th is the 16th in Brussels.
    const c = article('c', { published: '2025-08-15T23:30:00Z', events: [{ date: '2025-08-15', title: 'Summit' }] });
    const days = timelineByDay(timeline([a, b, c]), dates.dayOf);
    expect(days.map((d) => [d.key, d.label, d.entries.map((e) => `${e.kind}:${e.articleId}`)])).toEqual([
      ['2025-08-17', '17 Aug 2025', ['event:a', 'item:b', 'item:a']],
      ['2025-08-16', '16 Aug 2025', ['item:c']],
      ['2025-08-15', '15 Aug 2025', ['event:c']],
    ]);
  });
});
