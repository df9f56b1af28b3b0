import { describe, expect, it } from 'vitest';
import { authorIndex, authorItems, byline, joinNames } from '../../src/site/authors.ts';
import { article, author } from './fixtures.ts';

const desk = [author('wren', 'Wren Halloway'), author('juno', 'Juno Vasquez', 'Standards editor')];

describe('authors', () => {
  it('gives bylines linked to the author pages, with the reviewer apart', () => {
    expect(byline(article('a', { authors: ['wren'], reviewedBy: 'juno' }), desk)).toEqual({
      authors: [{ label: 'Wren Halloway', path: '/authors/wren/' }],
      reviewer: { label: 'Juno Vasquez', path: '/authors/juno/' },
    });
    expect(byline(article('b'), desk)).toBeUndefined();
  });

  it('lists what each author wrote and reviewed, newest first', () => {
    const items = [
      article('old', { published: '2025-08-01', authors: ['wren'], reviewedBy: 'juno' }),
      article('new', { published: '2025-08-10', authors: ['wren', 'juno'] }),
    ];
    const page = authorItems(desk[0]!, items);
    expect(page.written.map((a) => a.id)).toEqual(['new', 'old']);
    expect(authorItems(desk[1]!, items).reviewed.map((a) => a.id)).toEqual(['old']);
    expect(authorIndex(desk, items).map((row) => [row.author.id, row.items, row.reviews])).toEqual([
      ['wren', 2, 0],
      ['juno', 1, 1],
    ]);
  });

  it('joins names as readers write them', () => {
    expect([joinNames(['A']), joinNames(['A', 'B']), joinNames(['A', 'B', 'C'])]).toEqual(['A', 'A and B', 'A, B and C']);
  });
});
