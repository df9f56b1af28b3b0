import { describe, expect, it } from 'vitest';
import { homeTakeaways } from '../../src/site/takeaways.ts';
import { article } from './fixtures.ts';

describe('takeaways', () => {
  const newest = article('newest', { published: '2025-08-20', keyPoints: ['N1', 'N2', 'N3'] });
  const middle = article('middle', { published: '2025-08-19', keyPoints: ['M1'] });
  const bare = article('bare', { published: '2025-08-21' });
  const oldest = article('oldest', { published: '2025-08-10', keyPoints: ['O1', 'O2'] });

  it("takes the newest items' key points, first points first, each linking to its item", () => {
    expect(homeTakeaways([oldest, bare, middle, newest], undefined)).toEqual([
      { text: 'N1', href: '/articles/newest/' },
      { text: 'M1', href: '/articles/middle/' },
      { text: 'O1', href: '/articles/oldest/' },
      { text: 'N2', href: '/articles/newest/' },
      { text: 'O2', href: '/articles/oldest/' },
    ]);
  });

  it("puts the latest day note's takeaways first, topped up with key points to the minimum and beyond", () => {
    expect(homeTakeaways([newest], [{ text: 'Editor says', href: '/articles/x/' }, { text: 'No link' }])).toEqual([
      { text: 'Editor says', href: '/articles/x/' },
      { text: 'No link' },
      { text: 'N1', href: '/articles/newest/' },
      { text: 'N2', href: '/articles/newest/' },
      { text: 'N3', href: '/articles/newest/' },
    ]);
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((text) => ({ text: `Editor ${text}` }));
    expect(homeTakeaways([newest], six).map((t) => t.text)).toEqual(['Editor a', 'Editor b', 'Editor c', 'Editor d', 'Editor e']);
    expect(homeTakeaways([newest], [{ text: 'N1' }]).map((t) => t.text)).toEqual(['N1', 'N2', 'N3']);
    expect(homeTakeaways([newest], [])).toHaveLength(3);
  });

  it('leaves the list out below the minimum and stops at the maximum', () => {
    expect(homeTakeaways([middle], undefined)).toEqual([]);
    expect(homeTakeaways([newest, oldest], undefined, { max: 3 })).toHaveLength(3);
  });
});
