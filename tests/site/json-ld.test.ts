import { describe, expect, it } from 'vitest';
import { articleJsonLd, newsArticleJsonLd, serializeJsonLd } from '../../src/site/json-ld.ts';
import { actor, article, author, site, topic } from './fixtures.ts';

describe('json-ld', () => {
  it('cannot be broken out of by a </script> in a title', () => {
    const hostile = article('x', { title: '</script><script>alert(1)</script>' });
    const json = serializeJsonLd(
      newsArticleJsonLd({ article: hostile, site, url: 'https://n.example/a/', homeUrl: 'https://n.example/', actorNames: [], topicTitles: [] }),
    );
    expect(json).not.toMatch(/[<>]/);
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });

  it('escapes comment openers, ampersands and line separators', () => {
    const json = serializeJsonLd({ a: '<!-- & \u2028 \u2029' });
    expect(json).toBe('{"a":"\\u003c!-- \\u0026 \\u2028 \\u2029"}');
    expect(JSON.parse(json)).toEqual({ a: '<!-- & \u2028 \u2029' });
  });

  it('describes an item as a schema.org NewsArticle with absolute URLs under the base', () => {
    const item = article('deal-agreed', { published: '2025-08-17', updated: '2025-08-18', topics: ['alpha'], actors: ['envoy'] });
    const ld = articleJsonLd(
      item,
      { site, actors: [actor('envoy', 'Jo Envoy')], topics: [topic('alpha', 1, 'Alpha topic')] },
      'https://news.example.org',
      '/briefing/',
    );
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Title of deal-agreed',
      datePublished: '2025-08-17',
      dateModified: '2025-08-18',
      inLanguage: 'en-GB',
      url: 'https://news.example.org/briefing/articles/deal-agreed/',
      publisher: { '@type': 'Organization', name: 'Test Briefing', url: 'https://news.example.org/briefing/' },
      keywords: 'Alpha topic',
      mentions: [{ '@type': 'Thing', name: 'Jo Envoy' }],
      isBasedOn: ['https://wire.example/'],
    });
  });

  it('uses the published date as modified when never updated', () => {
    const ld = newsArticleJsonLd({ article: article('a'), site, url: 'u', homeUrl: 'h', actorNames: [], topicTitles: [] });
    expect(ld.dateModified).toBe(ld.datePublished);
    expect(ld).not.toHaveProperty('keywords');
  });
});

describe('articleJsonLd with a byline', () => {
  it('names the authors as people with their author pages', () => {
    const ld = articleJsonLd(
      article('x', { authors: ['wren'] }),
      { site, actors: [], topics: [], authors: [author('wren', 'Wren Halloway')] },
      'https://news.example.org',
      '/',
    );
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Wren Halloway', url: 'https://news.example.org/authors/wren/' }]);
  });
});
