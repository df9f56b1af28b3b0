import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../src/site/related-articles.ts';
import { article } from './fixtures.ts';

describe('related-articles', () => {
  const self = article('self', { topics: ['alpha', 'beta'], actors: ['x'] });
  const both = article('both', { topics: ['alpha'], actors: ['x'], published: '2025-08-01' });
  const newer = article('newer', { topics: ['beta'], actors: [], published: '2025-08-10' });
  const older = article('older', { topics: ['alpha'], actors: [], published: '2025-08-02' });
  const none = article('none', { topics: ['gamma'], actors: ['y'] });

  it('ranks by shared topics and actors, newer first on ties, never itself or unrelated items', () => {
    expect(relatedArticles(self, [none, older, self, newer, both]).map((a) => a.id)).toEqual(['both', 'newer', 'older']);
  });

  it('stops at the limit', () => {
    expect(relatedArticles(self, [older, newer, both], 2)).toHaveLength(2);
  });
});
