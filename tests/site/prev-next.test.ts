import { describe, expect, it } from 'vitest';
import { prevNext } from '../../src/site/prev-next.ts';
import { article } from './fixtures.ts';

describe('prev-next', () => {
  const list = [article('c', { published: '2025-08-03' }), article('a', { published: '2025-08-01' }), article('b', { published: '2025-08-02' })];

  it('finds the items before and after in publication order', () => {
    const { previous, next } = prevNext(list, 'b');
    expect([previous?.id, next?.id]).toEqual(['a', 'c']);
  });

  it('has no previous for the first item and no next for the last', () => {
    expect(prevNext(list, 'a')).toEqual({ next: list[2] });
    expect(prevNext(list, 'c')).toEqual({ previous: list[2] });
    expect(prevNext(list, 'missing')).toEqual({});
  });
});
