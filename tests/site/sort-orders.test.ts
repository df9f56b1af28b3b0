import { describe, expect, it } from 'vitest';
import { byName, pagesInOrder, topicsInOrder } from '../../src/site/sort-orders.ts';
import { actor, author, topic } from './fixtures.ts';

describe('sort-orders', () => {
  it("sorts topics and pages by the editors' order, then title, then id", () => {
    const list = [topic('c', 2), topic('b', 1, 'Same'), topic('a', 1, 'Same'), topic('d', 1, 'Alpha')];
    expect(topicsInOrder(list).map((t) => t.id)).toEqual(['d', 'a', 'b', 'c']);
    const pages = [
      { id: 'methodology', data: { order: 2, title: 'Methodology' } },
      { id: 'about', data: { order: 1, title: 'About' } },
    ];
    expect(pagesInOrder(pages).map((p) => p.id)).toEqual(['about', 'methodology']);
  });

  it("sorts actors and authors by name as the edition's language does, then id", () => {
    expect(byName([actor('z', 'Émile Roux'), actor('y', 'Ada Finch'), actor('x', 'Zoë Park')], 'en').map((a) => a.id)).toEqual(['y', 'z', 'x']);
    expect(byName([author('b', 'Ben Aster'), author('a', 'Ben Aster')], 'uk').map((a) => a.id)).toEqual(['a', 'b']);
  });
});
