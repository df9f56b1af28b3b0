import { describe, expect, it } from 'vitest';
import { leadArticle, stateOfPlay } from '../../src/site/home-page.ts';
import { article, topic } from './fixtures.ts';

describe('home-page', () => {
  const older = article('older', { published: '2025-08-01', topics: ['alpha'] });
  const newer = article('newer', { published: '2025-08-05', topics: ['alpha', 'beta'] });

  it("leads with the editors' choice when it is on the site, else the newest item", () => {
    expect(leadArticle([older, newer], 'older')?.id).toBe('older');
    expect(leadArticle([older, newer], 'gone-draft')?.id).toBe('newer');
    expect(leadArticle([older, newer])?.id).toBe('newer');
    expect(leadArticle([])).toBeUndefined();
  });

  it('gives every topic in order with its newest item and count', () => {
    const states = stateOfPlay([topic('beta', 2), topic('alpha', 1), topic('empty', 3)], [older, newer]);
    expect(states.map((s) => [s.topic.id, s.latest?.id, s.itemCount])).toEqual([
      ['alpha', 'newer', 2],
      ['beta', 'newer', 1],
      ['empty', undefined, 0],
    ]);
  });
});
