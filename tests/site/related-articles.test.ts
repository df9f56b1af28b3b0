import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../src/site/related-articles.ts';
import { newestFirst } from '../../src/site/sort-articles.ts';
import type { ArticleEntry } from '../../src/site/types.ts';
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

  it('agrees with a plain score-and-sort over a large random corpus', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (pool: string[], most: number) => pool.filter(() => random() < most / pool.length);
    const topics = ['alpha', 'beta', 'gamma', 'delta'];
    const actors = Array.from({ length: 12 }, (_, i) => `actor-${i}`);
    const corpus = Array.from({ length: 400 }, (_, i) =>
      article(`item-${i}`, {
        topics: pick(topics, 1.5),
        actors: pick(actors, 2),
        published: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      }),
    );
    const ordered = newestFirst(corpus);
    const naive = (self: ArticleEntry, limit: number) => {
      const mine = new Set([...self.data.topics.map((t) => `t:${t}`), ...self.data.actors.map((a) => `a:${a}`)]);
      return ordered
        .map((other, rank) => ({
          other,
          rank,
          score:
            other.id === self.id
              ? 0
              : [...new Set([...other.data.topics.map((t) => `t:${t}`), ...other.data.actors.map((a) => `a:${a}`)])].filter((k) => mine.has(k)).length,
        }))
        .filter((c) => c.score > 0)
        .sort((a, b) => b.score - a.score || a.rank - b.rank)
        .slice(0, limit)
        .map((c) => c.other.id);
    };
    for (const self of corpus) {
      for (const limit of [1, 3, 7])
        expect(
          relatedArticles(self, corpus, limit).map((a) => a.id),
          `${self.id} limit ${limit}`,
        ).toEqual(naive(self, limit));
    }
  });
});
