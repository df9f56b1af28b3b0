import { describe, expect, it } from 'vitest';
import { articlePage, type ItemPageModel, type WithdrawnPageModel } from '../../../src/site/pages/article-page.ts';
import { testBriefing, testBriefings } from '../briefing-fixture.ts';
import { actor, article, author, page, bilingualSite, territory, topic, translation } from '../fixtures.ts';

const item = (model: ReturnType<typeof articlePage>): ItemPageModel => {
  expect(model.kind).toBe('item');
  return model as ItemPageModel;
};

describe('articlePage', () => {
  const lead = article('lead', {
    published: '2025-08-15T08:00:00Z',
    updated: '2025-08-16T09:00:00Z',
    topics: ['beta', 'alpha'],
    actors: ['envoy', 'nobody'],
    authors: ['mira'],
    readingMinutes: 4,
    keyPoints: ['First point.'],
    map: '2025-08-14',
    sources: [
      { name: 'Wire', url: 'https://www.wire.example/story?a=1' },
      { name: 'Ministry', url: 'https://ministry.example/doc', title: 'The statement', published: '2025-08-15' },
    ],
    claims: [{ id: 'deal', text: 'A deal is close, the envoy says.', by: 'envoy', status: 'claimed' }],
    corrections: [{ date: '2025-08-16T10:00:00Z', text: 'An earlier version misnamed the city.' }],
  });
  const older = article('older', { published: '2025-08-10T08:00:00Z', topics: ['alpha'] });
  const newer = article('newer', {
    published: '2025-08-17T08:00:00Z',
    topics: ['gamma'],
    claims: [{ id: 'deal', text: 'A deal is close, the envoy says.', by: 'envoy', status: 'confirmed' }],
  });
  const briefing = testBriefing({
    articles: [newer, lead, older],
    topics: [topic('alpha', 1, 'Alpha'), topic('beta', 2, 'Beta')],
    actors: [actor('envoy', 'Ivo Marten')],
    authors: [author('mira', 'Mira Solt')],
    territory: [territory('2025-08-14'), territory('2025-08-01')],
    pages: [page('methodology', 2, 'Methodology')],
  });
  const model = item(articlePage(briefing, lead));

  it('gives the layout its title, description, path and the drawn card with the base', () => {
    expect(model.head).toEqual({ title: 'Title of lead', description: lead.data.summary, path: '/articles/lead/', type: 'article' });
    expect(model.card).toMatchObject({ url: '/base/og/articles/lead.png', alt: 'Title of lead' });
  });

  it('resolves the kicker, topic and actor links with titles, unknown ids as themselves', () => {
    expect(model.kicker).toBe('Beta');
    expect(model.topics).toEqual([
      { href: '/base/topics/beta/', title: 'Beta' },
      { href: '/base/topics/alpha/', title: 'Alpha' },
    ]);
    expect(model.actors).toEqual([
      { href: '/base/actors/envoy/', title: 'Ivo Marten' },
      { href: '/base/actors/nobody/', title: 'nobody' },
    ]);
    expect(model.byline).toEqual({ authors: [{ label: 'Mira Solt', path: '/authors/mira/' }] });
    expect(model.readingTime).toBe('4 min read');
    expect(model.updated).toBe('2025-08-16T09:00:00Z');
    expect(model.crumbs.map((c) => c.label)).toEqual(['Home', 'Items', 'Title of lead']);
  });

  it('gives the claims, and says which have moved since the item reported them', () => {
    expect(model.claims.map((c) => c.id)).toEqual(['deal']);
    expect(model.claimActors.get('envoy')?.data.name).toBe('Ivo Marten');
    expect(model.moves).toMatchObject([{ was: 'claimed', now: 'confirmed', articleId: 'newer' }]);
    expect(model.legendHref).toBe('/base/methodology/');
  });

  it('labels sources by their title, else their host without www', () => {
    expect(model.sources).toEqual([
      { name: 'Wire', href: 'https://www.wire.example/story?a=1', label: 'wire.example' },
      { name: 'Ministry', href: 'https://ministry.example/doc', label: 'The statement', published: '2025-08-15' },
    ]);
    expect(model.corrections).toHaveLength(1);
  });

  it('finds the territory snapshot it names, and its neighbours in publication order', () => {
    expect(model.map?.id).toBe('2025-08-14');
    expect(model.previous).toEqual({ href: '/base/articles/older/', title: 'Title of older' });
    expect(model.next).toEqual({ href: '/base/articles/newer/', title: 'Title of newer' });
    expect(model.related.map((a) => a.id)).toEqual(['older']);
  });

  it('leaves out what an item does not have', () => {
    const bare = item(articlePage(briefing, older));
    expect(bare.next?.title).toBe('Title of lead');
    expect(bare.previous).toBeUndefined();
    expect(bare.updated).toBeUndefined();
    expect(bare.map).toBeUndefined();
    expect(bare.claims).toEqual([]);
    expect(bare.moves).toEqual([]);
    expect(bare.corrections).toEqual([]);
    expect(bare.byline).toBeUndefined();
    expect(bare.stale).toBeUndefined();
  });

  it('keeps a withdrawn item as a notice, not indexed, with the ledger linked', () => {
    const gone = article('gone', {
      status: 'withdrawn',
      visibility: 'withdrawn',
      withdrawn: { date: '2025-08-16', reason: 'The only source retracted it.' },
      claims: [{ text: 'A claim the item made.', by: 'envoy', status: 'claimed' }],
    });
    const model = articlePage(testBriefing({ articles: [gone] }), gone) as WithdrawnPageModel;
    expect(model.kind).toBe('withdrawn');
    expect(model.head).toEqual({ title: 'Withdrawn: Title of gone', description: 'The only source retracted it.', path: '/articles/gone/', noindex: true });
    expect(model.notice).toMatchObject({ title: 'Title of gone', date: '2025-08-16', claims: 1 });
    expect(model.ledgerHref).toBe('/base/claims/');
  });

  it('in a translated edition, links inside it what is translated and the original for the rest', () => {
    const [, uk] = testBriefings({
      site: bilingualSite,
      articles: [lead, older],
      topics: [topic('alpha', 1, 'Alpha'), topic('beta', 2, 'Beta')],
      translations: [translation('articles', 'lead', { title: 'Заголовок', translated: '2025-08-15' }), translation('topics', 'beta', { title: 'Бета' })],
    });
    const model = item(
      articlePage(
        uk!,
        uk!.articles.find((a) => a.id === 'lead')!,
      ),
    );
    expect(model.head.path).toBe('/uk/articles/lead/');
    expect(model.card.url).toBe('/base/og/uk/articles/lead.png');
    expect(model.title).toBe('Заголовок');
    expect(model.topics).toEqual([
      { href: '/base/uk/topics/beta/', title: 'Бета' },
      { href: '/base/topics/alpha/', lang: 'en-GB', title: 'Alpha' },
    ]);
    expect(model.previous).toEqual({ href: '/base/articles/older/', lang: 'en-GB', title: 'Title of older' });
    // Updated after it was translated: the page says so and links the original.
    expect(model.stale).toBeDefined();
    expect(model.originalPath).toBe('/articles/lead/');
  });
});
