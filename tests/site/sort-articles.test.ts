import { describe, expect, it } from 'vitest';
import { changedTime, newestFirst, oldestFirst } from '../../src/site/sort-articles.ts';
import { article } from './fixtures.ts';

describe('sort-articles', () => {
  const a = article('a', { published: '2025-08-17' });
  const b = article('b', { published: '2025-08-18T09:00:00+02:00' });
  const c = article('c', { published: '2025-08-18T09:00:00+02:00' });

  it('orders newest first, ties by id', () => {
    expect(newestFirst([a, c, b]).map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });

  it('orders oldest first as the exact reverse', () => {
    expect(oldestFirst([b, a, c]).map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });

  it('does not mutate its input', () => {
    const list = [a, b];
    newestFirst(list);
    expect(list.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('takes the update date as the change time', () => {
    expect(changedTime(article('u', { published: '2025-08-17', updated: '2025-08-19' }))).toBe(Date.parse('2025-08-19T00:00:00Z'));
    expect(changedTime(a)).toBe(Date.parse('2025-08-17T00:00:00Z'));
  });
});
