import { describe, expect, it } from 'vitest';
import { untranslatedPage, untranslatedPages } from '../../../src/site/pages/untranslated-page.ts';
import { testBriefings } from '../briefing-fixture.ts';
import { actor, article, page, bilingualSite, topic, translation } from '../fixtures.ts';

describe('untranslated pages', () => {
  const [original, uk] = testBriefings({
    site: bilingualSite,
    articles: [
      article('done'),
      article('todo'),
      article('gone', { status: 'withdrawn', visibility: 'withdrawn', withdrawn: { date: '2025-08-17', reason: 'Retracted.' } }),
    ],
    topics: [topic('alpha', 1, 'Alpha')],
    actors: [actor('envoy', 'Ivo Marten')],
    pages: [page('about', 1, 'About us')],
    translations: [translation('articles', 'done', { title: 'Готово' }), translation('topics', 'alpha', { title: 'Альфа' })],
  });

  it('lists every original page without a translation, withdrawn items included; none for the original', () => {
    expect(untranslatedPages(uk!).map((t) => t.path)).toEqual(['/articles/todo/', '/articles/gone/', '/actors/envoy/', '/about/']);
    expect(untranslatedPages(original!)).toEqual([]);
  });

  it('links the original in its language, with the base but not the edition, and is not indexed', () => {
    const target = untranslatedPages(uk!).find((t) => t.id === 'envoy')!;
    const model = untranslatedPage(uk!, target);
    expect(model.head).toMatchObject({ path: '/uk/untranslated/actors/envoy/', noindex: true });
    expect(model.original).toEqual({ href: '/base/actors/envoy/', lang: 'en-GB', title: 'Ivo Marten' });
    expect(model.homeHref).toBe('/base/uk/');
  });
});
